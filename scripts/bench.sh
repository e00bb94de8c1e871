#!/usr/bin/env bash
# make bench: how fast quotegraph reads a year of news, against the floor
# any analysis must pay to read the same text.
#
#   scripts/bench.sh BIN [CORPUS]      (make bench passes both)
#
# On the bench corpus (20,000 articles, ../shared/corpus/bench), in one run:
#   - the grep floor: the corpus text decompressed once to a temporary file
#     (outside the timing), then `grep -o -E -f cues` over it, where cues
#     is the project's own cue lexicon (verbs.tsv expanded to every form
#     the loader derives, frames.tsv, negations.tsv; scripts/cue-patterns.py);
#   - the corpus itself decompressed once to a temporary JSON Lines file
#     (outside the timing, as the floor's text is), so that quotegraph and
#     grep both read uncompressed input (issue #13 item 6);
#   - `quotegraph analyze JSONL --format jsonl` on one thread (--jobs 1)
#     and on all cores, with throughput (MB of text/s, articles/s), peak
#     memory (GNU time's maximum resident set) and the ratio to the floor;
#   - `quotegraph audit JSONL --by outlet` and
#     `quotegraph graph JSONL --top 200 -o bench.svg`, each timed;
#   - the end-to-end time: analyse + audit + graph.
# Targets (a 2-core machine, release build): one thread <= 3x the floor,
# all cores <= 1.5x, peak memory of the streaming commands (analyze,
# audit) < 300 MB, end to end < 60 s. Also printed, as context only: the
# time of `gzip -dc` of the corpus, which a user reading the .gz pays on
# top of the analyze times (they are timed on the uncompressed file).
#
# Needs GNU time (/usr/bin/time; Debian package `time`, installed here if
# missing), python3 and grep. Outputs go to bench-out/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=${1:?usage: scripts/bench.sh BIN [CORPUS]}
corpus=${2:-../shared/corpus/bench/articles.jsonl.gz}
out=${BENCH_OUT:-bench-out}
cores=$(nproc)

if [ ! -f "$corpus" ]; then
    echo "bench: $corpus not found, skipping"
    exit 0
fi
if [ ! -x /usr/bin/time ]; then
    echo "bench: installing GNU time (/usr/bin/time) for peak memory"
    if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo -n); fi
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends time >/dev/null \
        || { "${sudo[@]}" apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends time >/dev/null; }
fi
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- the floor -------------------------------------------------------------
python3 - "$corpus" "$tmp/text.txt" <<'PY'
import gzip, json, sys
src, dst = sys.argv[1], sys.argv[2]
opener = gzip.open if src.endswith(".gz") else open
with opener(src, "rt", encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
    for line in f:
        line = line.strip()
        if not line:
            continue
        try:
            text = json.loads(line).get("text")
        except (ValueError, AttributeError):
            continue
        if isinstance(text, str):
            out.write(text)
            out.write("\n")
PY
python3 scripts/cue-patterns.py Sources/Attribution/Resources/Lexicon > "$tmp/cues.txt"
text_bytes=$(wc -c < "$tmp/text.txt")
articles=$(python3 -c "import gzip,sys; f=(gzip.open if sys.argv[1].endswith('.gz') else open)(sys.argv[1],'rb'); print(sum(1 for l in f if l.strip()))" "$corpus")

# Runs a command under GNU time; sets $secs (wall) and $peak_kb, and
# returns the command's status.
timed() {
    local log="$tmp/time.log" status=0
    /usr/bin/time -f "%e %M" -o "$log" "$@" || status=$?
    read -r secs peak_kb < <(tail -1 "$log")
    return $status
}

export LC_ALL=C.UTF-8
timed sh -c "grep -o -E -f '$tmp/cues.txt' '$tmp/text.txt' > '$tmp/grep.out'"
floor=$secs
cue_matches=$(wc -l < "$tmp/grep.out")
# quotegraph reads the corpus as uncompressed JSON Lines, decompressed
# here once, as the floor's text is; the time of that inflate is printed
# as context, not part of any target (nothing when the corpus is not gzip).
gunzip_secs=""
input=$corpus
if [[ "$corpus" == *.gz ]]; then
    timed sh -c "gzip -dc '$corpus' > '$tmp/corpus.jsonl'"
    gunzip_secs=$secs
    input=$tmp/corpus.jsonl
fi

mb() { python3 -c "print(f'{$1 / 1e6:.1f}')"; }
rate() { python3 -c "print(f'{$1 / 1e6 / max($2, 0.001):.1f} MB/s, {$3 / max($2, 0.001):,.0f} articles/s')"; }
ratio() { python3 -c "print(f'{$1 / max($2, 0.001):.2f}')"; }

echo "bench: $corpus: $articles articles, $(mb "$text_bytes") MB of text; $cores cores"
echo "bench: $(grep --version | head -1), $(wc -l < "$tmp/cues.txt") cue patterns, LC_ALL=$LC_ALL"
printf 'bench: %-34s %6.2f s   %s   (%s cue matches)\n' "grep floor (grep -o -E -f cues)" "$floor" \
    "$(rate "$text_bytes" "$floor" "$articles")" "$cue_matches"
[ -n "$gunzip_secs" ] && printf 'bench: %-34s %6.2f s   (context: analyze, audit and graph below read the uncompressed JSON Lines)\n' \
    "gzip -dc of the corpus (once)" "$gunzip_secs"

# --- analyze ---------------------------------------------------------------
timed "$bin" analyze "$input" --format jsonl --jobs 1 -o "$out/bench.jsonl"
one=$secs; one_kb=$peak_kb
printf 'bench: %-34s %6.2f s   %s   peak %d MB   %sx floor (target <= 3)\n' "analyze, 1 thread (--jobs 1)" "$one" \
    "$(rate "$text_bytes" "$one" "$articles")" $((one_kb / 1024)) "$(ratio "$one" "$floor")"
cp "$out/bench.jsonl" "$tmp/one.jsonl"

timed "$bin" analyze "$input" --format jsonl -o "$out/bench.jsonl"
all=$secs; all_kb=$peak_kb
printf 'bench: %-34s %6.2f s   %s   peak %d MB   %sx floor (target <= 1.5)\n' "analyze, all $cores cores" "$all" \
    "$(rate "$text_bytes" "$all" "$articles")" $((all_kb / 1024)) "$(ratio "$all" "$floor")"
if cmp -s "$tmp/one.jsonl" "$out/bench.jsonl"; then
    echo "bench: 1-thread and all-core outputs identical ($(wc -l < "$out/bench.jsonl") documents, $(mb "$(wc -c < "$out/bench.jsonl")") MB)"
else
    echo "bench: WARNING: 1-thread and all-core outputs differ"
fi

# --- audit and graph -------------------------------------------------------
audit=""
if "$bin" help audit >/dev/null 2>&1; then
    timed "$bin" audit "$input" --by outlet -o "$out/audit.txt" || true
    audit=$secs; audit_kb=$peak_kb
    printf 'bench: %-34s %6.2f s   peak %d MB\n' "audit --by outlet" "$audit" $((audit_kb / 1024))
else
    echo "bench: audit: this quotegraph has no 'audit' command yet, skipped"
fi
# The graph as a user draws it (layout chosen by the graph's size), stopped
# after $BENCH_GRAPH_TIMEOUT seconds; then with the dot layout, for comparison.
graph_timeout=${BENCH_GRAPH_TIMEOUT:-300}
if timed timeout "$graph_timeout" "$bin" graph "$input" --top 200 -o "$out/bench.svg" 2>/dev/null; then
    graph=$secs; graph_kb=$peak_kb
    printf 'bench: %-34s %6.2f s   peak %d MB\n' "graph --top 200 -o bench.svg" "$graph" $((graph_kb / 1024))
else
    graph=$secs; graph_kb=$peak_kb
    printf 'bench: %-34s over %d s: stopped (BENCH_GRAPH_TIMEOUT)\n' "graph --top 200 -o bench.svg" "$graph_timeout"
fi
if timed timeout "$graph_timeout" "$bin" graph "$input" --top 200 --layout dot -o "$out/bench-dot.svg" 2>/dev/null; then
    printf 'bench: %-34s %6.2f s   peak %d MB\n' "graph --top 200 --layout dot" "$secs" $((peak_kb / 1024))
else
    printf 'bench: %-34s over %d s: stopped\n' "graph --top 200 --layout dot" "$graph_timeout"
fi

# --- summary ---------------------------------------------------------------
peak_kb=$(( one_kb > all_kb ? one_kb : all_kb ))
[ -n "$audit" ] && peak_kb=$(( audit_kb > peak_kb ? audit_kb : peak_kb ))
total=$(python3 -c "print(f'{$all + ${audit:-0} + $graph:.1f}')")
verdict() { if python3 -c "import sys; sys.exit(0 if $1 else 1)"; then echo "ok"; else echo "MISSED"; fi; }
echo "bench: end to end (analyse all cores + audit + graph): $total s (target < 60)"
echo "bench: targets: 1 thread <= 3x floor: $(verdict "$one <= 3 * $floor"); all cores <= 1.5x floor: $(verdict "$all <= 1.5 * $floor");" \
     "peak memory streaming (analyze, audit) < 300 MB: $(verdict "$peak_kb < 300 * 1024") ($((peak_kb / 1024)) MB); end to end < 60 s: $(verdict "$total < 60")"
