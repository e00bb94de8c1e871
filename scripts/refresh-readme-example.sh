#!/usr/bin/env bash
# Regenerates every example of README.md that shows a command's output: each
# ```text block whose first line is `$ quotegraph …` gets the output of that
# command, run from the clone with ../shared beside it, so the README cannot
# drift from what the tool prints. ReadmeCommandsTests fails when one is stale.
# Usage: scripts/refresh-readme-example.sh [quotegraph-binary]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin="${1:-$(swift build -c release --show-bin-path)/quotegraph}"
[ -x "$bin" ] || { echo "refresh-readme-example: build first (make build)" >&2; exit 1; }
mkdir -p out
python3 - "$bin" <<'PY'
import os, re, subprocess, sys
binary = os.path.abspath(sys.argv[1])
env = dict(os.environ, PATH=os.path.dirname(binary) + ":" + os.environ["PATH"])
env.pop("QUOTEGRAPH_ISOLATES", None)
env.pop("COLUMNS", None)
readme = open("README.md", encoding="utf-8").read()
count = 0
def refresh(match):
    global count
    command = match.group(1)
    run = subprocess.run(["sh", "-c", command], capture_output=True, text=True, env=env)
    if run.returncode not in (0, 2):
        sys.exit(f"refresh-readme-example: `{command}` failed: {run.stderr.strip()}")
    count += 1
    return "```text\n$ " + command + "\n" + run.stdout.rstrip("\n") + "\n```"
new = re.sub(r"```text\n\$ (quotegraph [^\n]*)\n.*?```", refresh, readme, flags=re.S)
open("README.md", "w", encoding="utf-8").write(new)
print(f"refresh-readme-example: README.md: {count} examples refreshed")
PY
