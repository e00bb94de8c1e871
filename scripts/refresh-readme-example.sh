#!/usr/bin/env bash
# Regenerates the README's `analyze --format table` example from the current
# analyser, between the BEGIN/END markers, so the README cannot drift from
# what the tool prints. Usage: scripts/refresh-readme-example.sh [quotegraph-binary]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin="${1:-$(swift build -c release --show-bin-path)/quotegraph}"
[ -x "$bin" ] || { echo "refresh-readme-example: build first (make build)" >&2; exit 1; }
example="$("$bin" analyze Samples/asharq-moscow-idlib.txt --format table | head -n 40)"
python3 - "$example" <<'PY'
import re, sys
example = sys.argv[1]
readme = open("README.md", encoding="utf-8").read()
block = ("<!-- BEGIN analyze-table-example (scripts/refresh-readme-example.sh) -->\n"
         "```text\n$ quotegraph analyze Samples/asharq-moscow-idlib.txt --format table | head -n 40\n"
         + example + "\n```\n<!-- END analyze-table-example -->")
new, n = re.subn(r"<!-- BEGIN analyze-table-example.*?<!-- END analyze-table-example -->",
                 lambda _: block, readme, flags=re.S)
if n != 1:
    sys.exit("refresh-readme-example: markers not found in README.md")
open("README.md", "w", encoding="utf-8").write(new)
PY
echo "refresh-readme-example: README.md updated"
