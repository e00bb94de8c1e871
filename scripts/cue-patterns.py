#!/usr/bin/env python3
"""Writes the project's cue lexicon as grep -E patterns, one per line.

Used by scripts/bench.sh for the "grep floor": the cost of reading the text
once and finding every surface form of a reporting verb, frame or negation.
The forms are derived from verbs.tsv with the loader's rules
(Sources/Attribution/Lexicon/VerbForm.swift): perfect + ت وا ا تا,
imperfect with ت and ون ان, participle with ا ة ين ات, plus the extra
forms; frames.tsv and negations.tsv patterns are taken as written. Alef
and yaa are also written folded, as the normaliser folds them, so that
«اكد» and «أكد» both count.

    python3 scripts/cue-patterns.py Sources/Attribution/Resources/Lexicon > cues.txt
"""
import os
import sys
from lexicon_tsv import rows

ALEF = "أإآٱ"
YAA = "ى"
DIACRITICS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}


def clean(word):
    return "".join(c for c in word if c not in DIACRITICS)


def variants(form):
    """The form as written and with hamza seats and alef maqsura folded
    (أكد → اكد, رأى → راي): literal patterns, which grep matches with its
    fast multi-string search rather than a slower bracket-expression DFA."""
    written = clean(form)
    folded = "".join("ا" if c in ALEF else "ي" if c in YAA else c for c in written)
    return [written, folded]


def verb_forms(row):
    perfect, imperfect, participle, extra = row[0], row[1], row[2], row[3]
    forms = []
    for item in extra.split("|"):
        if item != "-":
            forms.append(item.split(":")[0])
    forms += [perfect, perfect + "ت", perfect + "وا", perfect + "ا", perfect + "تا"]
    if imperfect != "-":
        stem = imperfect[1:]
        forms += [imperfect, "ت" + stem, imperfect + "ون", imperfect + "ان", "ت" + stem + "ان"]
    if participle != "-":
        stem = participle[:-1] if participle.endswith("ا") else participle
        forms += [stem + "ا", stem + "ة", stem + "ين", stem + "ات"]
    return forms


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else "Sources/Attribution/Resources/Lexicon"
    forms = []
    for row in rows(os.path.join(directory, "verbs.tsv")):
        forms += verb_forms(row)
    for name in ("frames.tsv", "negations.tsv"):
        forms += [row[0] for row in rows(os.path.join(directory, name))]
    seen = set()
    for form in forms:
        for p in variants(form):
            if p and p not in seen:
                seen.add(p)
                print(p)


if __name__ == "__main__":
    main()
