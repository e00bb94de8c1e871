#!/usr/bin/env bash
# The code's shape (issue #13): no Swift file in Sources/ over 400 lines,
# and the command-line target under 600 lines in all. Run by `make test`;
# prints each file over the limit and exits non-zero.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
status=0
while IFS= read -r -d '' f; do
    n=$(wc -l < "$f")
    if [ "$n" -gt 400 ]; then
        echo "check-shape: $f has $n lines (at most 400)" >&2
        status=1
    fi
done < <(find Sources -name '*.swift' -print0)
cli=$(find Sources/quotegraph -name '*.swift' -exec cat {} + | wc -l)
if [ "$cli" -ge 600 ]; then
    echo "check-shape: Sources/quotegraph has $cli lines (under 600)" >&2
    status=1
fi
exit $status
