#!/usr/bin/env bash
# Runs the attribution fuzz target (build it first with Fuzz/build.sh):
#
#   Fuzz/run.sh              10 minutes
#   Fuzz/run.sh 3600         an hour
#   Fuzz/run.sh --merge      then fold what it found into Fuzz/corpus
#
# Seeds: Fuzz/seeds (hand-made hostile inputs), Fuzz/corpus (what earlier
# runs found: the regression corpus, replayed by the test suite), and the
# dev articles and Samples when present. Nothing tracked is written: new
# inputs collect in .build-fuzz/work, and at the end the old corpus and the
# new inputs are merged, minimised, into .build-fuzz/corpus (ignored by
# git). Only with --merge (or FUZZ_MERGE=1) does that minimised set
# replace Fuzz/corpus, for a commit. A crash leaves crash-<sha1> (or
# timeout-/oom-) in .build-fuzz/ with the input that caused it; replay it
# with
#   .build-fuzz/attribution-fuzz .build-fuzz/crash-<sha1>
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
merge=${FUZZ_MERGE:-0}
seconds=600
for arg in "$@"; do
    case "$arg" in
        --merge) merge=1 ;;
        ''|*[!0-9]*) echo "fuzz: usage: Fuzz/run.sh [seconds] [--merge]" >&2; exit 64 ;;
        *) seconds=$arg ;;
    esac
done
out=${FUZZ_BUILD_DIR:-.build-fuzz}
fuzzer="$out/attribution-fuzz"
[ -x "$fuzzer" ] || { echo "fuzz: $fuzzer not built; run Fuzz/build.sh" >&2; exit 1; }
mkdir -p "$out/work"
extra=()
[ -d ../shared/corpus/dev ] && extra+=(../shared/corpus/dev)
[ -d Samples ] && extra+=(Samples)
# -max_len: inputs up to 1 MB, the default limit for one document, so that
# the fuzzer can grow inputs long enough to show a cost that is not linear;
# -timeout: an input taking over 30 s is reported as a hang (the adversarial
# 1 MB articles of scripts/hostile-articles.py take 0.5-1.9 s in a release
# build and 7-20 s in this one, under AddressSanitizer and coverage: a
# quadratic stage takes minutes);
# -rss_limit_mb: over 2 GB as a memory blow-up.
max_len=${FUZZ_MAX_LEN:-1048576}
"$fuzzer" "$out/work" Fuzz/seeds Fuzz/corpus "${extra[@]}" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=30 -rss_limit_mb=2048 \
    -artifact_prefix="$out/" -print_final_stats=1
# Keep, as the regression corpus, the smallest set of inputs (old and new)
# that covers everything the run reached.
rm -rf "$out/minimised"
mkdir -p "$out/minimised"
if "$fuzzer" -merge=1 "$out/minimised" Fuzz/corpus "$out/work" -max_len="$max_len" >"$out/merge.log" 2>&1; then
    rm -rf "$out/corpus"
    mv "$out/minimised" "$out/corpus"
else
    echo "fuzz: merge failed, see $out/merge.log" >&2
    exit 1
fi
found="$(ls "$out/corpus" | wc -l) inputs, $(du -sh "$out/corpus" | cut -f1)"
if [ "$merge" = 1 ]; then
    rm -rf Fuzz/corpus
    cp -R "$out/corpus" Fuzz/corpus
    echo "fuzz: regression corpus Fuzz/corpus replaced: $found (review with git status, then commit)"
else
    echo "fuzz: minimised corpus in $out/corpus: $found; Fuzz/corpus untouched (Fuzz/run.sh --merge to replace it)"
fi
