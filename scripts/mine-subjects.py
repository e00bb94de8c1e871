#!/usr/bin/env python3
"""Maps the overt subjects the analyser missed in unseen text, for a person to read.

Reads `quotegraph analyze --format jsonl` output (one document per line)
and lists every pro-drop statement whose content starts right after its
cue and opens, within a few words, with a complementiser (إن، أن، بأن …)
or a colon. Those words stand between the verb and its content, so
they are either an overt subject the speaker finder did not take
(«وقال غوارديولا بعد الهزيمة …:»، «وقالت، مارلين غلين، …»، «وقال
«المرصد السوري لحقوق الإنسان» إن») or an adjunct of a true pro-drop verb
(«وقال في حديث لـ"العربية.نت" إن», «وأضاف قائلا:»). The rows are
grouped by their first two words and counted, most frequent first;
quotations and «قائلا» openings are left out.

Usage:

    quotegraph analyze ant-sample.jsonl --format jsonl -o out.jsonl
    python3 scripts/mine-subjects.py out.jsonl [--top 80] [--words 2] [--all]

`--all` prints every row with its document id instead of the counts.
Run it on text you do not tune on (../shared/corpus/ant, the bench
corpus) and fix the construction behind a row, never one sentence.
"""

import argparse
import collections
import json
import re
import sys

OPENER = re.compile(r"^(.{0,80}?)\s*(?:(?:إن|أن|إنه|أنه|إنها|أنها|بأن|بأنه|بأنها)\s|[:：])")


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            doc = json.loads(line)
            for s in doc.get("statements", []):
                speaker = s.get("speaker") or {}
                if speaker.get("resolution") != "pro-drop" or s.get("negated"):
                    continue
                content = s.get("content") or {}
                start = content.get("start")
                if start is None or start - s["cue"]["end"] > 1:
                    continue
                m = OPENER.match(content.get("text") or "")
                if not m:
                    continue
                between = m.group(1).strip()
                if not between or len(between.split()) > 6:
                    continue
                if between[0] in "\"«“" or between.startswith(("قائل", "قائلا", "قائلة")):
                    continue
                yield doc.get("id", "?"), s["cue"]["text"], between


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("jsonl")
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--words", type=int, default=2, help="group by the first N words (default 2)")
    ap.add_argument("--all", action="store_true", help="print every row with its document id")
    args = ap.parse_args()
    found = list(rows(args.jsonl))
    if args.all:
        for doc, cue, between in found:
            print(f"{doc}\t{cue}\t{between}")
        return
    counts = collections.Counter(" ".join(b.split()[: args.words]) for _, _, b in found)
    print(f"# {len(found)} pro-drop statements with words between the cue and the content")
    for words, n in counts.most_common(args.top):
        print(f"{n}\t{words}")


if __name__ == "__main__":
    sys.exit(main())
