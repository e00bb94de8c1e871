#!/usr/bin/env python3
"""Sorts and filters the audit page's article table in headless Chromium
with a real click on a column header and real typing into the filter, and
prints the table's visible rows after each step, as one JSON object.

    sort_filter.py CHROMIUM URL WORDS
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Page  # noqa: E402

chromium, url, words = sys.argv[1], sys.argv[2], sys.argv[3]
ROWS = """[...document.querySelectorAll('#audit-articles tbody tr')].filter(r => !r.hidden)
            .map(r => [...r.cells].map(c => c.textContent.trim()))"""
CENTRE = """(() => { const e = document.querySelector(%s); e.scrollIntoView({block: 'center'});
            const r = e.getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()"""
result = {}
try:
    with Page(chromium, url) as page:
        result["initial"] = page.evaluate(ROWS)
        # The header of the column «statements» (the third).
        header = page.evaluate(CENTRE % json.dumps("#audit-articles thead th:nth-child(3)"))
        page.click(header["x"], header["y"])
        result["ascending"] = page.evaluate(ROWS)
        page.click(header["x"], header["y"])
        result["descending"] = page.evaluate(ROWS)
        box = page.evaluate(CENTRE % json.dumps("input.table-filter[data-table='audit-articles']"))
        page.click(box["x"], box["y"])
        page.type(words)
        result["filtered"] = page.evaluate(ROWS)
except Exception as error:  # report, never hang
    result["error"] = f"{type(error).__name__}: {error}"
print(json.dumps(result, ensure_ascii=False))
