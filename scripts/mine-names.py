#!/usr/bin/env python3
"""Proposes given names for names.tsv, and measures homographs, for a person
to review.

Reads corpora of articles (JSON Lines, optionally gzipped, one object per
line with a "text" field: ../shared/corpus/ant/articles.jsonl.gz and
../shared/corpus/bench/articles.jsonl.gz) and looks at the word that opens a
personal name after an office or title:

    «الرئيس الفرنسي إيمانويل ماكرون»، «المستشارة الألمانية أنغيلا ميركل»،
    «وزير الخارجية الروسي سيرغي لافروف»، «الدكتور جوناثان مورغان»

A role or title head (speakers.tsv, category role or title, bare or with
ال، و، ل، ب, or with the feminine ة: الرئيسة، الوزيرة), then up to four
words of the office (definite words: الفرنسي، الخارجية، الأمريكي; or the
genitive of an office: «وزير خارجية», «رئيس وزراء»), then the candidate:
an indefinite Arabic word the lexicon does not know (not in names.tsv,
speakers.tsv, places.tsv, words.tsv), followed by one more word of the
name (a given name alone before a verb is too rare to count).

For every candidate, and with --audit for every row names.tsv already has,
it also counts how the word is used elsewhere, the homograph test:

    total     occurrences of the bare word as a token
    def       occurrences with the article (ال + word): a word that is as
              often «الأمل» as «أمل» is a common noun or adjective first
    role%     share of the bare occurrences that stand in the name slot
              above: a name stands there often, a common word rarely
    fem%      share of the name-slot occurrences after a feminine office
              (ending in ة): the gender column
    after%    share of the bare occurrences right after another given name
              (names.tsv, names-gazetteer.tsv, the --words list; not after
              بن، ابن، أبو، بنت): a family name as often as a given name
              («سعيد سرحان»), which after an office would cut the name
              short, since the name starts at its last given name

Output (tab-separated, to standard output), best first by articles:

    key  articles  slot  total  def  def/total  role%  fem%  after%  gender?  examples

Reading it: the rows are candidates, not facts.  Keep a row when it is a
given name in most of its uses: def/total low (under 0.2), role% not
tiny, after% under 0.25; drop surnames (a word seen as the second word of a name too: the
examples show it), nisbas, places, offices the lexicon lacks («نائب»،
«عضو»), and common words.  Transliterations of one name vary (سيرغي،
سيرجي، سيرجيو): keep each spelling that the corpora use.

    python3 scripts/mine-names.py ../shared/corpus/ant/articles.jsonl.gz \\
        ../shared/corpus/bench/articles.jsonl.gz --min 3 \\
        --exclude-gold ../shared/corpus/dev --exclude-gold ../shared/corpus/dev-ant \\
        --exclude-gold ../shared/corpus/heldout > /tmp/name-candidates.tsv

The scored corpora (dev, dev-ant, heldout) are drawn from these two:
leave their articles out (--exclude-gold), or the list learns their
names.
    python3 scripts/mine-names.py ... --audit > /tmp/name-audit.tsv

--nasab mines another slot, the words on both sides of «بن» and «بنت»
(«نوف بنت محمد العتيبي»، «عبدالله بن مساعد»): the person's given name
before it (fem% is then the share before «بنت»), the father's after it,
each counted only when the other side is a given name the lists know
(«وقال بن دغر», a verb and a family name, is not counted).

Only the Python standard library is used.  Nothing it prints is to be
copied into the lexicon without a person reading it.
"""
import argparse
import collections
import gzip
import json
import os
import re
import sys
from lexicon_tsv import lexicon_rows as rows

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "Sources", "Attribution", "Resources", "Lexicon")

HARAKAT = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
TOKEN = re.compile("[\u0621-\u064a\u0610-\u061a\u064b-\u065f\u0670\u0640]+|[^\\s\u0621-\u064a]")
ARABIC = re.compile("^[\u0621-\u064a]+$")


def normalize(word):
    """ArabicNormalizer's folding: no harakat or tatweel, أ إ آ ٱ → ا, ى → ي."""
    word = HARAKAT.sub("", word)
    return word.translate(str.maketrans("أإآٱى", "ااااي"))


def opener(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def variants(word):
    out = {word, "ال" + word, "و" + word, "وال" + word, "ل" + word, "لل" + word, "ب" + word, "بال" + word}
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--min", type=int, default=3, help="fewest articles showing a candidate in the slot")
    ap.add_argument("--audit", action="store_true", help="print the statistics of names.tsv rows instead")
    ap.add_argument("--nasab", action="store_true",
                    help="mine the words on both sides of «بن»/«بنت» («نوف بنت محمد»، «مرزوقة بنت مسعر الشمري»): "
                         "the person's given name before it, the father's after it")
    ap.add_argument("--words", help="a file of words (one a line, column 1) to print the statistics of instead")
    ap.add_argument("--exclude-gold", action="append", default=[], metavar="DIR",
                    help="skip articles whose id has a DIR/<id>.gold.json (the scored corpora: dev, dev-ant, "
                         "heldout are drawn from the mined ones); repeatable")
    args = ap.parse_args()

    known_names = {normalize(r[0]) for r in rows("names.tsv")}
    given = known_names | {normalize(r[0]) for r in rows("names-gazetteer.tsv")}
    if args.words:
        with open(args.words, encoding="utf-8") as f:
            given |= {normalize(l.split("\t")[0].strip()) for l in f if l.strip() and not l.startswith("#")}
    given -= {"بن", "ابن", "ابو", "بنت"}
    heads, other = set(), set()
    for r in rows("speakers.tsv"):
        w = normalize(r[0])
        if r[1] in ("role", "title"):
            heads |= variants(w)
            if not w.endswith("ة"):
                heads |= {v + "ة" for v in variants(w)}
        other |= variants(w)
    for r in rows("places.tsv"):
        other |= variants(normalize(r[0]))
    for r in rows("words.tsv"):
        other |= variants(normalize(r[0]))
    for r in rows("verbs.tsv"):
        other |= {w for f in r[:3] if f != "-" for w in variants(normalize(f))}
    # A known name with a clitic («ومحمد»، «لمحمد») is that name.
    other |= {v for g in given for v in variants(g)}
    # Genitives of offices, «وزير خارجية فرنسا», «رئيس وزراء»: a word of
    # the office that is neither definite nor a name.
    office_words = {normalize(w) for w in ("خارجية", "وزراء", "حكومة", "مجلس", "دولة", "جمهورية", "حزب", "هيئة", "الحزب", "أركان")}

    excluded = set()
    for d in args.exclude_gold:
        excluded |= {f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json")}

    slot = collections.Counter()
    slot_articles = collections.Counter()
    fem = collections.Counter()
    examples = collections.defaultdict(list)
    total = collections.Counter()
    definite = collections.Counter()
    after_given = collections.Counter()

    for path in args.corpora:
        with opener(path) as f:
            for line in f:
                try:
                    record = json.loads(line)
                    text = record["text"]
                except (ValueError, KeyError):
                    continue
                if record.get("id") in excluded:
                    continue
                toks = [normalize(t) for t in TOKEN.findall(text)]
                seen = set()
                for i, t in enumerate(toks):
                    if not ARABIC.match(t):
                        continue
                    total[t] += 1
                    if i and toks[i - 1] in given:
                        after_given[t] += 1
                    if t.startswith("ال") and len(t) > 4:
                        definite[t[2:]] += 1
                    if args.nasab:
                        # «X بن Y»، «X بنت Y»: X is the person's given name
                        # (feminine before بنت), Y the father's.
                        if t not in ("بن", "بنت") or i == 0 or i + 1 >= len(toks):
                            continue
                        before, after = toks[i - 1], toks[i + 1]
                        # Each side counts only beside a given name the
                        # lists know: «وقال بن دغر» (a verb, a family name
                        # with «بن») and «مهدي بن عطية» do not.
                        for x, female, other_side in ((before, t == "بنت", after), (after, False, before)):
                            if other_side not in given:
                                continue
                            if not ARABIC.match(x) or len(x) < 3 or x.startswith("ال") or x in other or x in given:
                                continue
                            slot[x] += 1
                            if female:
                                fem[x] += 1
                            if x not in seen:
                                seen.add(x)
                                slot_articles[x] += 1
                            if len(examples[x]) < 3:
                                examples[x].append(" ".join(toks[max(0, i - 2):i + 3]))
                        continue
                    if t not in heads:
                        continue
                    j = i + 1
                    while j < len(toks) and j <= i + 4 and ARABIC.match(toks[j]) and (
                            toks[j].startswith("ال") or toks[j] in office_words):
                        j += 1
                    if j + 1 >= len(toks):
                        continue
                    x, y = toks[j], toks[j + 1]
                    if not ARABIC.match(x) or not ARABIC.match(y) or len(x) < 2:
                        continue
                    if x.startswith("ال") or x in other:
                        continue
                    slot[x] += 1
                    if t.endswith("ة"):
                        fem[x] += 1
                    if x not in seen:
                        seen.add(x)
                        slot_articles[x] += 1
                    if len(examples[x]) < 3:
                        examples[x].append(" ".join(toks[i:j + 2]))

    if args.audit or args.words:
        if args.words:
            with open(args.words, encoding="utf-8") as f:
                keys = [normalize(l.split("\t")[0].strip()) for l in f if l.strip() and not l.startswith("#")]
        else:
            keys = [normalize(r[0]) for r in rows("names.tsv")]
    else:
        keys = [k for k, n in slot_articles.items() if n >= args.min and k not in known_names]
    keys.sort(key=lambda k: (-slot_articles[k], k))
    print("key\tarticles\tslot\ttotal\tdef\tdef/total\trole%\tfem%\tafter%\tgender?\texamples")
    for k in keys:
        tot = total[k]
        d = definite[k]
        ratio = d / tot if tot else 0.0
        role = slot[k] / tot if tot else 0.0
        fshare = fem[k] / slot[k] if slot[k] else 0.0
        gender = "f" if fshare > 0.5 else "m"
        after = after_given[k] / tot if tot else 0.0
        print(f"{k}\t{slot_articles[k]}\t{slot[k]}\t{tot}\t{d}\t{ratio:.2f}\t{role:.2f}\t{fshare:.2f}\t{after:.2f}\t{gender}\t"
              + " | ".join(examples[k]))


if __name__ == "__main__":
    main()
