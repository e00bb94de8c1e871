#!/usr/bin/env python3
"""Maps the speaker-phrase errors of unseen text, for a person to read.

Reads `quotegraph analyze --format jsonl` output (one document per line)
and counts, over every non-negated statement, the speaker entity's name
and anonymity. Errors of one construction repeat across many articles,
so the most frequent odd names point at the construction, without any
gold and without reading one article at a time:

  single    one-word speakers classed `named`: a time word («حينها»), a
            pronoun («خلاله»), an honorific («سماحته»), a bare common noun
            («التوقعات», «آخرون») or a verb («وزاد») the lexicon lacks
  last      the last words of named speakers of two words or more: what
            a phrase runs on into («… (34 عاماً)», «… في تقرير», «…
            بقوله», an object place «… طهران»)
  first     their first words: heads the lexicon lacks («بيانات …»)
  anonymous the most frequent anonymous and role speakers: nouns that
            should point back or be named («اللاعب», «رئيس»)

Usage:

    quotegraph analyze ant-sample.jsonl --format jsonl -o out.jsonl
    python3 scripts/mine-speakers.py out.jsonl [--top 60] [--min 8]

Run it on text you do not tune on (../shared/corpus/ant, the bench
corpus), compare two builds' outputs the same way, and fix the
construction behind a row, never one sentence: each row is a count of
statements. `--examples N --corpus INPUT.jsonl` prints N contexts of each
row of the name tables (the analysed input, read for its texts by id).
"""

import argparse
import collections
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("output", help="quotegraph analyze --format jsonl output")
    ap.add_argument("--top", type=int, default=60, help="rows per table (default 60)")
    ap.add_argument("--min", type=int, default=8, help="least count shown (default 8)")
    ap.add_argument("--examples", type=int, default=0, help="contexts per speaker name (needs --corpus)")
    ap.add_argument("--corpus", help="the analysed JSON Lines input, for the contexts")
    args = ap.parse_args()

    names = collections.Counter()
    examples = collections.defaultdict(list)
    texts = {}
    try:
        if args.examples and args.corpus:
            texts = {d.get("id"): d.get("text", "") for d in load(args.corpus)}
        for doc in load(args.output):
            entities = {e["id"]: e for e in doc.get("entities", [])}
            text = texts.get(doc.get("id"))
            for s in doc.get("statements", []):
                if s.get("negated"):
                    continue
                e = entities.get((s.get("speaker") or {}).get("entity"))
                if not e:
                    continue
                key = (e.get("name", ""), e.get("anonymity", ""))
                names[key] += 1
                if args.examples and text and len(examples[key]) < args.examples:
                    start = s["cue"]["start"]
                    examples[key].append(text[max(0, start - 60):start + 80].replace("\n", " "))
    except (OSError, ValueError, KeyError) as err:
        print(f"mine-speakers: {args.output}: {err}", file=sys.stderr)
        return 1

    def table(title, counter):
        print(f"# {title}")
        for key, n in counter.most_common(args.top):
            if n < args.min:
                break
            label = key if isinstance(key, str) else f"{key[0]}\t{key[1]}"
            print(f"{n}\t{label}")
            if args.examples and not isinstance(key, str):
                for ex in examples.get(key, []):
                    print(f"\t\t{ex}")
        print()

    single = collections.Counter({k: n for k, n in names.items() if k[1] == "named" and len(k[0].split()) == 1})
    last, first = collections.Counter(), collections.Counter()
    for (name, anonymity), n in names.items():
        words = name.split()
        if anonymity == "named" and len(words) >= 2:
            last[words[-1]] += n
            first[words[0]] += n
    hidden = collections.Counter({k: n for k, n in names.items() if k[1] in ("anonymous", "role")})
    table("one-word named speakers", single)
    table("last words of named speakers", last)
    table("first words of named speakers", first)
    table("anonymous and role speakers", hidden)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.exit(0)
