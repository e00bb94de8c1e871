#!/usr/bin/env python3
"""A reading packet of unseen articles: each statement the analyser found,
in context, with its speaker and entity, for a person to judge against
../shared/eval/GUIDELINES.md.

How the eighteenth session found its constructions (issue #14): sample
articles that no gold file covers, run the analyser over them, print a
packet, read every statement (spurious? wrong speaker? anonymity? a
relay?) and the full text of some articles for missed cues, then group
the errors into constructions and fix a construction, never a sentence.

    quotegraph analyze ../shared/corpus/bench/articles.jsonl.gz --format jsonl -o bench.jsonl
    scripts/review-packet.py ../shared/corpus/bench/articles.jsonl.gz bench.jsonl \\
        --sample 25 --seed 1 --exclude-gold ../shared/corpus/dev \\
        --exclude-gold ../shared/corpus/dev-ant --exclude-gold ../shared/corpus/heldout > packet.txt

Each article: its title, the entities (name, kind/anonymity, mentions),
then each statement: the cue in 【】 with 160 characters either side, how
the speaker was resolved (overt, pro-drop, back-reference, participle,
frame …), the speaker's words and the entity. The articles sampled have
between --min and --max statements and at most --chars characters.
Only the Python standard library is used; the corpora stay outside the
project.
"""
import argparse
import gzip
import json
import os
import random


def opener(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", help="the corpus (JSON Lines with id, text, title)")
    ap.add_argument("predictions", help="`quotegraph analyze --format jsonl` output over it")
    ap.add_argument("--sample", type=int, default=25, help="articles in the packet")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--min", type=int, default=3, help="fewest statements an article needs")
    ap.add_argument("--max", type=int, default=15, help="most statements an article may have")
    ap.add_argument("--chars", type=int, default=5000, help="longest article text")
    ap.add_argument("--exclude-gold", action="append", default=[], metavar="DIR",
                    help="leave out articles with a DIR/<id>.gold.json (the scored corpora); repeatable")
    args = ap.parse_args()

    excluded = set()
    for d in args.exclude_gold:
        excluded |= {f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json")}
    predicted = {}
    with opener(args.predictions) as f:
        for line in f:
            d = json.loads(line)
            predicted[d["id"]] = d
    pool = []
    with opener(args.articles) as f:
        for line in f:
            a = json.loads(line)
            p = predicted.get(a.get("id"))
            if a.get("id") in excluded or p is None or len(a["text"]) > args.chars:
                continue
            if args.min <= len(p["statements"]) <= args.max:
                pool.append(a)
    random.seed(args.seed)
    for a in random.sample(pool, min(args.sample, len(pool))):
        d, t = predicted[a["id"]], a["text"]
        entities = {e["id"]: e for e in d["entities"]}
        print("=" * 100)
        print("ARTICLE", a["id"], a.get("outlet", ""), "| TITLE:", a.get("title", ""))
        print("ENTITIES:")
        for e in d["entities"]:
            mentions = sorted({m["text"] if isinstance(m, dict) else m for m in e["mentions"]})
            print(f"  {e['id']}: {e['name']} [{e['kind']}/{e['anonymity']}] mentions={mentions[:6]}")
        for s in d["statements"]:
            c, sp = s["cue"], s.get("speaker") or {}
            lo, hi = max(0, c["start"] - 160), min(len(t), c["end"] + 160)
            context = (t[lo:c["start"]] + "【" + t[c["start"]:c["end"]] + "】" + t[c["end"]:hi]).replace("\n", " ⏎ ")
            e = entities.get(sp.get("entity"))
            who = f"{e['name']} [{e['kind']}/{e['anonymity']}]" if e else "NONE"
            extra = (f" embeddedIn={s['embeddedIn']}" if s.get("embeddedIn") else "") + (" NEGATED" if s.get("negated") else "")
            print(f"--- {s['id']} cue={c['text']} ({c.get('kind')}) res={sp.get('resolution')} "
                  f"speaker={sp.get('text')!r} -> {sp.get('entity')}: {who}{extra}")
            print("    " + context)


if __name__ == "__main__":
    main()
