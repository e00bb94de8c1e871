"""The lexicon's TSV files read as the Swift loader (TSVFile) reads them:
blank lines and lines opening with '#' skipped, fields split on tabs and
trimmed. Shared by cue-patterns.py, mine-cues.py and mine-names.py.
"""
import os

LEXICON = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "..", "Sources", "Attribution", "Resources", "Lexicon")


def rows(path):
    """The rows of the TSV file at `path`, each a list of fields."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield [field.strip() for field in line.split("\t")]


def lexicon_rows(name, directory=LEXICON):
    """The rows of one file of the lexicon, by name (`words.tsv`)."""
    return rows(os.path.join(directory, name))
