#!/usr/bin/env python3
"""Statement diff between two `quotegraph analyze --format jsonl` outputs.

How every analyser commit's "unseen text" figures are measured: run the old
and the new binary over the same articles, then

    scripts/statement-diff.py old.jsonl new.jsonl --input articles.jsonl -n 30

prints the totals (statements, lost, new, speakers changed) and a random
sample of each kind with 120 characters of text before the cue and 100 from
it. Statements are keyed by document id and cue start; "changed" means the
same cue with another speaker (name/anonymity). `--seed` picks another
sample. The input may be the uncompressed JSON Lines the outputs were made
from (zcat ../shared/corpus/bench/articles.jsonl.gz > bench.jsonl).
"""
import argparse
import json
import random
import sys


def load(path):
    statements = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            entities = {e["id"]: e for e in doc.get("entities", [])}
            for s in doc.get("statements", []):
                e = entities.get((s.get("speaker") or {}).get("entity"))
                speaker = f"{e['name']}/{e['anonymity']}" if e else None
                statements[(doc["id"], s["cue"]["start"])] = (s["cue"].get("text", ""), speaker)
    return statements


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--input", help="the articles (JSON Lines with id and text), for context")
    ap.add_argument("-n", type=int, default=20, help="sample size of each kind (default 20; 0 for totals only)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    try:
        old, new = load(a.old), load(a.new)
    except (OSError, ValueError, KeyError) as error:
        sys.exit(f"statement-diff: {error}")
    texts = {}
    if a.input:
        with open(a.input, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                texts[d["id"]] = d["text"]
    lost = sorted(k for k in old if k not in new)
    gained = sorted(k for k in new if k not in old)
    changed = sorted(k for k in old if k in new and old[k][1] != new[k][1])
    print(f"statements {len(old)} -> {len(new)} lost {len(lost)} new {len(gained)} changed {len(changed)}")
    random.seed(a.seed)

    def context(key):
        text = texts.get(key[0])
        if text is None:
            return None
        scalars, start = list(text), key[1]  # offsets count Unicode scalars
        before = "".join(scalars[max(0, start - 120):start]).replace("\n", " ¶ ")
        return before + " ⟦" + "".join(scalars[start:start + 100]).replace("\n", " ¶ ")

    for kind, keys in (("LOST", lost), ("NEW", gained), ("CHANGED", changed)):
        random.shuffle(keys)
        for key in keys[:a.n]:
            if kind == "CHANGED":
                print(kind, key[0], old[key][0], ":", old[key][1], "=>", new[key][1])
            else:
                side = old if kind == "LOST" else new
                print(kind, key[0], side[key][0], ":", side[key][1])
            line = context(key)
            if line is not None:
                print("   ", line)


if __name__ == "__main__":
    main()
