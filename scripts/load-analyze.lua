-- wrk script: POST the seed article to the workbench's /api/analyze.
--   .build/release/quotegraph serve --workspace /tmp/qg-load &
--   wrk -t2 -c16 -d20s --latency -s scripts/load-analyze.lua \
--       'http://127.0.0.1:8080/api/analyze?name=asharq-moscow-idlib.txt'
-- Run from the repository's root (the path below is relative to it).
local file = assert(io.open("Samples/asharq-moscow-idlib.txt", "rb"))
wrk.method = "POST"
wrk.body = file:read("*all")
file:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx/3xx: %d; socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
