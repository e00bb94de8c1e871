#!/usr/bin/env bash
# Builds the libFuzzer target for the attribution pipeline:
#
#   Fuzz/build.sh            -> .build-fuzz/attribution-fuzz
#   Fuzz/run.sh [seconds]    -> runs it (default 600 s); see Fuzz/README.md
#
# The Attribution sources (with their lexicon), the page extractor and
# Fuzz/*.swift are copied to .build-fuzz/src (so that edits made meanwhile
# do not disturb the build) and compiled as one module with
# swiftc -sanitize=fuzzer,address, outside SwiftPM: Package.swift needs no
# fuzz target. The lexicon is read from the copy, beside the sources, as
# Lexicon.bundledDirectory() does when there is no resource bundle.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${FUZZ_BUILD_DIR:-.build-fuzz}
src="$out/src"
rm -rf "$src"
mkdir -p "$src/Input" "$src/Fuzz"
cp -R Sources/Attribution "$src/Attribution"
cp Sources/Corpus/Input/HTMLTextExtractor.swift Sources/QuoteGraphCore/Text/HTMLEntities.swift \
   Sources/Corpus/Input/String+TrimmingBlanks.swift "$src/Input/"
# One module here: the page extractor's import of QuoteGraphCore (where
# HTMLEntities lives in the package) goes; `package` declarations need
# -package-name below.
sed -i.orig '/^import QuoteGraphCore$/d' "$src"/Input/*.swift && rm -f "$src"/Input/*.orig
cp Fuzz/*.swift "$src/Fuzz/"
# Every Swift file of Attribution, however deep (Resolution/Ranking/ …).
mapfile -t attribution < <(find "$src/Attribution" -name '*.swift' | sort)
sources=("${attribution[@]}" "$src"/Input/*.swift "$src"/Fuzz/*.swift)
echo "fuzz: compiling ${#sources[@]} files (optimised, fuzzer + address sanitizer)"
# ld.gold warns about every ASan helper symbol; those lines are noise.
swiftc -O -g -sanitize=fuzzer,address -parse-as-library -module-name AttributionFuzz -package-name quotegraph \
    -swift-version 6 "${sources[@]}" -o "$out/attribution-fuzz" \
    2> >(grep -v "Cannot export local symbol" >&2)
echo "fuzz: built $out/attribution-fuzz"
