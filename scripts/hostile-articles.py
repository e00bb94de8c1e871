#!/usr/bin/env python3
"""Builds the adversarial single-document articles of issue #17, item 12,
and optionally times `quotegraph analyze` on them.

Each kind is one article (headline, blank line, paragraphs) grown to a
given size in UTF-8 bytes:

  marks      repeated «وقال «مصدر» "إن" «كلام» “قال” » (quotation marks)
  prodrop    one named speaker, then a chain of subjectless verbs
             («وأضاف أن …»، «وأكد أن …») that all point back to him
  nested     quotation marks opened inside each other «“‘ and never closed
  nopunct    real article words without punctuation or line breaks
  tinypara   one or two words per paragraph
  copies     N copies of a real article (needs ../shared/corpus/dev)

    scripts/hostile-articles.py build /tmp/hostile 0.25 0.5 1 2
    scripts/hostile-articles.py time .build/release/quotegraph /tmp/hostile

`time` runs `analyze FILE --jobs 1 --format jsonl -o TMP --max-document-size 3`
on every file (TMP a scratch file, removed after) and prints a table in
seconds; a run over $HOSTILE_TIMEOUT seconds (default 600) is stopped and
shown as >N s.
"""
import os
import re
import subprocess
import sys
import tempfile
import time

HEADLINE = "مقال عدائي للاختبار"
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "..", "shared", "corpus", "dev")
KINDS = ["marks", "prodrop", "nested", "nopunct", "tinypara", "copies"]


def real_article():
    path = os.path.join(DEV, "asharq-moscow-idlib.txt")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return f.read()
    # A stand-in written for this script, used when the shared corpus is absent.
    return (HEADLINE + "\n\n"
            + "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت بناءة. "
            + "وأضاف أن «الاتفاق قريب»، مؤكداً أن بلاده لن تتراجع.\n"
            + "من جهته، قال مصدر دبلوماسي طلب عدم الكشف عن اسمه لـ«الشرق الأوسط» "
            + "إن الجولة المقبلة ستعقد في جنيف.\n")


def body_units(kind):
    """The repeated unit of each kind, and the text before the first."""
    if kind == "marks":
        return "", 'وقال «مصدر» "إن" «كلام» “قال” '
    if kind == "prodrop":
        lead = "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت بناءة. "
        return lead, "وأضاف أن القوات تتقدم في الريف الشمالي. وأكد أن الاتفاق قريب. وأوضح أن الوفد سيعود غدا. "
    if kind == "nested":
        return "", "وقال المتحدث «إن “الوزير قال ‘إن المصدر أكد "
    if kind == "nopunct":
        text = real_article().split("\n", 2)[-1]
        words = re.sub(r"[^\w\s]", " ", text).split()
        return "", " ".join(words) + " "
    if kind == "tinypara":
        return "", "قال\nمصدر إن\n"
    if kind == "copies":
        text = real_article().split("\n", 2)[-1].strip("\n")
        return "", text + "\n"
    raise SystemExit(f"unknown kind {kind}")


def build(kind, size):
    lead, unit = body_units(kind)
    head = HEADLINE + "\n\n" + lead
    budget = size - len(head.encode())
    unit_bytes = len(unit.encode())
    n = max(1, budget // unit_bytes)
    text = head + unit * n
    if kind in ("nopunct", "marks", "prodrop", "nested"):
        text = text.rstrip() + "\n"
    return text


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("build", "time"):
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    if sys.argv[1] == "build":
        out = sys.argv[2]
        os.makedirs(out, exist_ok=True)
        for kind in KINDS:
            for mb in sys.argv[3:]:
                text = build(kind, int(float(mb) * 1_000_000))
                with open(os.path.join(out, f"{kind}-{mb}.txt"), "w", encoding="utf-8") as f:
                    f.write(text)
        return
    binary, directory = sys.argv[2], sys.argv[3]
    scratch = os.path.join(tempfile.mkdtemp(prefix="hostile-time-"), "out.jsonl")
    files = sorted(os.listdir(directory))
    sizes = sorted({f.rsplit("-", 1)[1][:-4] for f in files}, key=float)
    print("kind      " + "".join(f"{s + ' MB':>10}" for s in sizes))
    for kind in KINDS:
        row = f"{kind:10}"
        for s in sizes:
            path = os.path.join(directory, f"{kind}-{s}.txt")
            if not os.path.exists(path):
                row += f"{'-':>10}"
                continue
            limit = float(os.environ.get("HOSTILE_TIMEOUT", "600"))
            start = time.monotonic()
            try:
                run = subprocess.run([binary, "analyze", path, "--jobs", "1", "--format", "jsonl",
                                      "-o", scratch, "--max-document-size", "3"],
                                     capture_output=True, timeout=limit)
            except subprocess.TimeoutExpired:
                row += f"{'>' + str(int(limit)) + 's':>10}"
                continue
            took = time.monotonic() - start
            row += f"{took:>9.2f}s" if run.returncode == 0 else f"{'rc' + str(run.returncode):>10}"
        print(row, flush=True)
    if os.path.exists(scratch):
        os.unlink(scratch)
    os.rmdir(os.path.dirname(scratch))


if __name__ == "__main__":
    main()
