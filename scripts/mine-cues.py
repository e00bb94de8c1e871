#!/usr/bin/env python3
"""Proposes reporting-cue entries for the lexicon, for a person to review.

Reads corpora of articles (JSON Lines, optionally gzipped, one object per
line with a "text" field: ../shared/corpus/ant/articles.jsonl.gz and
../shared/corpus/bench/articles.jsonl.gz) and counts the words that stand
where a reporting cue stands:

  verb  a word that opens a clause (after punctuation, at a line start,
        or carrying the conjunction و/ف) and is followed, within a short
        noun phrase whose head the lexicon knows as a speaker (speakers.tsv,
        places.tsv, names.tsv, or a word between quotation marks), by
        content: a complementiser (أن، إن، بأن، أنه …), a colon or an
        opening quotation mark.  «وحمّلت حركة حماس …» is not caught (no
        content marker), «وكتب ترامب "…"» is.
  noun  an indefinite word with the shape of a derived verbal noun
        (إفعال، افتعال، استفعال، تفعيل، مفاعلة, or their plurals in ات),
        bare or after ب/ل, inside a clause, followed directly by a known
        speaker phrase (one to three words) and then content (أن، إن،
        عن، إلى، على، من، ب…، «:» or a quotation): «إعلان أنقرة عن …»،
        «اعتراف الوزير بأن …».  The short nouns of simple verbs (قول،
        نفي، دعوة) have no telling shape and are not mined.

Words the lexicon already has (every form verbs.tsv derives, the first
words of frames.tsv and negations.tsv, and function words of words.tsv)
are left out, and so are words seen in fewer than --min articles.

Output (tab-separated, to standard output): the verbs, then the nouns,
each best first — by the number of articles times the share of its
frames that are a complementiser or a colon (an opening quotation mark
after a speaker phrase is as often a name in quotation marks):

  kind  key  lemma?  ant  bench  ant/M  bench/M  forms  example-frames

  key          the word after folding (ArabicNormalizer's rules: no
               harakat or tatweel, أ إ آ ٱ → ا, ى → ي) and without و/ف
  lemma?       a guess at the perfect 3rd person masculine singular
               (verbs: the perfect/imperfect affixes stripped; nouns: the
               word without its clitic) to group the forms
  ant, bench   how many articles of each corpus show the word in the
               frame (an article counts once)
  ant/M …      per million articles' words, so corpora of different size
               compare
  forms        the surface forms seen, most frequent first
  example-frames what followed the speaker phrase (أن، إن، :، «…), with
               counts: a word seen only with «:» is often a headline label

Reading it: the rows are candidates, not facts.  A reviewer keeps a row
when the word reports speech in most of its uses (grep a few of the
corpus lines), decides the complement column of verbs.tsv (any, clause,
a preposition, strict for homographs of common nouns or particles) and
the class; rows for nouns belong in nouns.tsv.  Proper names that slip
through (a surname before «:») and verbs of action with a clause
(«قرر أن») are to be dropped.  Run it again after adding rows: what the
lexicon has drops out.

    python3 scripts/mine-cues.py ../shared/corpus/ant/articles.jsonl.gz \\
        ../shared/corpus/bench/articles.jsonl.gz --top 150 > /tmp/cue-candidates.tsv

Only the Python standard library is used.  Nothing it prints is to be
committed: the examples column quotes no article text, only the frame.
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

DIACRITICS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640", "\u200c", "\u200d", "\u200e", "\u200f"}
FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك"}

COMPLEMENTISERS = {"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "انهما", "انني", "اننا", "لان"}
QUOTES_OPEN = "\"«“„'‘"
NOUN_PREPOSITIONS = {"عن", "الي", "علي", "من", "ب"}
# Words that never report and are frequent in the frames (particles,
# auxiliaries, pronouns, demonstratives): a short stop list of the miner's
# own, on top of words.tsv.
STOP = set("""
و ف في من الي علي عن مع ثم او ام بل لكن لا لم لن ما ماذا هل قد لقد كان كانت يكون تكون كانوا اذا اذ حيث
هو هي هم هما انت انا نحن هذا هذه ذلك تلك هؤلاء الذي التي الذين كل بعد قبل عند حين منذ خلال بين حتي كما
ليس ليست ان انه انها بان اي غير ايضا الا الان اليوم امس اما
""".split())

WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\u0640\u064B-\u065F\w]+|[^\s\w]", re.UNICODE)


def fold(word):
    return "".join(FOLD.get(c, c) for c in word if c not in DIACRITICS)


def verb_forms(row):
    """The forms VerbForm.expand derives from a verbs.tsv row."""
    perfect, imperfect, participle, extra = row[0], row[1], row[2], row[3]
    forms = [item.split(":")[0] for item in extra.split("|") if item != "-"]
    forms += [perfect, perfect + "ت", perfect + "وا", perfect + "ا", perfect + "تا"]
    if imperfect != "-":
        stem = imperfect[1:]
        forms += [imperfect, "ت" + stem, imperfect + "ون", imperfect + "ان", "ت" + stem + "ان"]
    if participle != "-":
        stem = participle[:-1] if participle.endswith("ا") else participle
        forms += [stem + "ا", stem + "ة", stem + "ين", stem + "ات"]
    return [fold(f) for f in forms]


def load_lexicon():
    known = set()
    for row in rows("verbs.tsv"):
        known.update(verb_forms(row))
    for name in ("frames.tsv", "negations.tsv"):
        for row in rows(name):
            known.add(fold(row[0].split()[0]))
    nouns = set()
    if os.path.exists(os.path.join(LEXICON, "nouns.tsv")):
        for row in rows("nouns.tsv"):
            for form in [row[0]] + [f for f in row[1].split("|") if f != "-"]:
                nouns.add(fold(form))
    function = {fold(r[0]) for r in rows("words.tsv")}
    speakers = {fold(r[0]) for r in rows("speakers.tsv")}
    places = {fold(r[0]) for r in rows("places.tsv")}
    names = {fold(r[0]) for r in rows("names.tsv")}
    return known, nouns, function, speakers | places | names


def bare(word):
    """The lookup keys of a speaker word: bare, without ال, without و ل ب."""
    keys = [word]
    if word.startswith("ال") and len(word) > 4:
        keys.append(word[2:])
    if word.startswith("لل") and len(word) > 3:
        keys.append(word[2:])
    if word[:1] in "ولب" and len(word) > 3:
        keys.append(word[1:])
        if word[1:3] == "ال" and len(word) > 5:
            keys.append(word[3:])
    return keys


def verb_lemma(word):
    """A rough perfect 3ms for grouping: strip imperfect and perfect affixes."""
    w = word
    for suffix in ("ون", "ان", "تا", "وا", "ت", "ا"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if w[:1] in "يت" and len(w) >= 4:
        w = w[1:]
    return w


def noun_lemma(word):
    for prefix in ("بال", "لل", "وال", "ال", "ب", "ل"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def masdar_shape(word):
    """Whether a bare, indefinite word has the shape of a derived verbal
    noun (its plural in ات stripped): إفعال (اعلان)، افتعال (اعتراف)،
    استفعال (استنكار)، تفعيل (تاكيد، تصريح)، مفاعلة (مطالبة).  The short
    nouns of the simple verb (قول، نفي، دعوة) have no shape to tell them
    from any noun; nouns.tsv lists them by hand."""
    w = word[:-2] if word.endswith("ات") and len(word) > 5 else word
    if w.endswith("ة") and not (len(w) == 6 and w[0] == "م" and w[2] == "ا"):
        return False
    return ((len(w) == 5 and w[0] == "ا" and w[3] == "ا")
            or (len(w) == 6 and w[0] == "ا" and w[2] in "تطد" and w[4] == "ا")
            or (len(w) == 7 and w.startswith("است") and w[5] == "ا")
            or (len(w) == 5 and w[0] == "ت" and w[3] == "ي")
            or (len(w) == 6 and w[0] == "م" and w[2] == "ا" and w.endswith("ة")))


def known_verb(word, known):
    """A known verb form, also under an object pronoun (وصفه، نشرتها)."""
    if word in known:
        return True
    for suffix in ("ها", "هم", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            base = word[: -len(suffix)]
            if base in known or base + "ا" in known or (base.endswith("ا") and base[:-1] + "ي" in known):
                return True
    return False


def tokens(text):
    """Tokens of one line: (raw, folded) pairs."""
    return [(t, fold(t)) for t in WORD.findall(text)]


def is_word(tok):
    return tok[1][:1].isalpha()


def content_at(toks, k):
    """What opens content at k: a complementiser, a colon or a quotation."""
    if k >= len(toks):
        return None
    raw, key = toks[k]
    if key in COMPLEMENTISERS:
        return "ان"
    if raw == ":":
        return ":"
    if raw in QUOTES_OPEN:
        return "«"
    return None


def speaker_phrase(toks, k, speakers, limit=4):
    """End (exclusive) of a short speaker phrase at k whose first word is a
    known speaker word, place or name, or a word in quotation marks; None."""
    if k >= len(toks):
        return None
    if toks[k][0] in QUOTES_OPEN and k + 2 < len(toks) and is_word(toks[k + 1]):
        j = k + 1
        while j < len(toks) and j < k + 5 and is_word(toks[j]):
            j += 1
        return j + 1 if j < len(toks) and not is_word(toks[j]) else None
    if not is_word(toks[k]) or not any(key in speakers for key in bare(toks[k][1])):
        return None
    j = k + 1
    while j < len(toks) and j < k + limit and is_word(toks[j]) and toks[j][1] not in COMPLEMENTISERS:
        j += 1
    return j


def mine(path, known, nouns, function, speakers, counts, forms, frames, total):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            try:
                text = json.loads(line).get("text") or ""
            except json.JSONDecodeError:
                continue
            seen = set()
            for para in text.split("\n"):
                toks = tokens(para)
                total[0] += sum(1 for t in toks if is_word(t))
                for i, tok in enumerate(toks):
                    if not is_word(tok):
                        continue
                    key = tok[1]
                    # A word that is itself known (وكالة، وزير، فيها) keeps its و/ف.
                    if key in function or key in STOP or any(k in speakers for k in bare(key)):
                        continue
                    stem = key[1:] if key[:1] in "وف" and len(key) >= 3 else key
                    clause_start = i == 0 or not is_word(toks[i - 1]) or stem != key
                    # verb: clause start, speaker phrase, content
                    if clause_start and not known_verb(stem, known) and not known_verb(key, known) and stem not in STOP \
                            and stem not in function and not any(k in speakers for k in bare(stem)) and len(stem) >= 3:
                        end = speaker_phrase(toks, i + 1, speakers)
                        what = None
                        if end is not None:
                            for j in range(end, min(end + 3, len(toks))):
                                what = content_at(toks, j)
                                if what or not is_word(toks[j]) and toks[j][0] not in "،,":
                                    break
                        if what:
                            item = ("verb", stem)
                            if item not in seen:
                                seen.add(item)
                                counts[item] += 1
                            forms[item][key] += 1
                            frames[item][what] += 1
                    # noun: word + known speaker (1–3 words) + content or preposition
                    # noun: indefinite (a construct takes no article), with a
                    # verbal noun's shape; after ب or ل at most
                    nkey = stem[1:] if stem[:1] in "بل" and masdar_shape(stem[1:]) else stem
                    if masdar_shape(nkey) and nkey not in known and stem not in known and nkey not in nouns \
                            and stem not in STOP and stem not in function and nkey not in function \
                            and not any(k in speakers for k in bare(stem)):
                        end = speaker_phrase(toks, i + 1, speakers)
                        if end is None:
                            continue
                        what = None
                        for j in range(end, min(end + 3, len(toks))):
                            what = content_at(toks, j)
                            if not what and is_word(toks[j]):
                                w = toks[j][1]
                                if w in NOUN_PREPOSITIONS or (w[:1] == "ب" and len(w) > 3 and w[1:3] == "ال"):
                                    what = w if w in NOUN_PREPOSITIONS else "ب"
                            if what or not is_word(toks[j]):
                                break
                        if what and not clause_start:
                            item = ("noun", nkey)
                            if item not in seen:
                                seen.add(item)
                                counts[item] += 1
                            forms[item][key] += 1
                            frames[item][what] += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="+", help="JSON Lines files (.jsonl or .jsonl.gz), each counted apart and named by its directory")
    ap.add_argument("--min", type=int, default=5, help="least number of articles (all corpora together)")
    ap.add_argument("--top", type=int, default=200, help="rows to print of each kind (verb, noun)")
    args = ap.parse_args()
    known, nouns, function, speakers = load_lexicon()
    per_corpus = []
    all_forms = collections.defaultdict(collections.Counter)
    all_frames = collections.defaultdict(collections.Counter)
    for path in args.corpora:
        counts = collections.Counter()
        total = [0]
        mine(path, known, nouns, function, speakers, counts, all_forms, all_frames, total)
        per_corpus.append((counts, total[0]))
    items = collections.Counter()
    for counts, _ in per_corpus:
        items.update(counts)
    # Each corpus is named by its directory (ant, bench), or by its file
    # when two share a directory.
    names = [os.path.basename(os.path.dirname(os.path.abspath(p))) for p in args.corpora]
    if len(set(names)) < len(names):
        names = [os.path.basename(p).split(".")[0] for p in args.corpora]
    print("\t".join(["kind", "key", "lemma?"] + names + [n + "/M" for n in names] + ["forms", "example-frames"]))
    rows_out = []
    for item, n in items.items():
        if n < args.min:
            continue
        kind, key = item
        lemma = verb_lemma(key) if kind == "verb" else noun_lemma(key)
        per = [c[item] for c, _ in per_corpus]
        rates = [f"{1e6 * c[item] / max(t, 1):.1f}" for c, t in per_corpus]
        formlist = ",".join(f for f, _ in all_forms[item].most_common(5))
        framelist = ",".join(f"{w}:{c}" for w, c in all_frames[item].most_common())
        clause = all_frames[item]["ان"] + all_frames[item][":"]
        total = sum(all_frames[item].values())
        rows_out.append((n * clause / max(total, 1), [kind, key, lemma] + [str(p) for p in per] + rates + [formlist, framelist]))
    # Best first: articles, weighted toward the frames that only reports
    # have (a complementiser or a colon; an opening quotation mark is as
    # often a name in quotation marks).
    rows_out.sort(key=lambda r: -r[0])
    for kind in ("verb", "noun"):
        for _, row in [r for r in rows_out if r[1][0] == kind][: args.top]:
            print("\t".join(row))


if __name__ == "__main__":
    main()
