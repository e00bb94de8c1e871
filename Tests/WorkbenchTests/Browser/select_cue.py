#!/usr/bin/env python3
"""Adds a missed statement the way an editor does: double-clicks a word in
the article's text (a real mouse double-click, which selects it), lets the
page's script fill the «missed statement» form, picks nothing else, and
clicks the form's button. Prints the form's fields as filled, as one JSON
object; the caller reads the stored correction back through the API.

    select_cue.py CHROMIUM URL WORD
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Page  # noqa: E402

chromium, url, word = sys.argv[1], sys.argv[2], sys.argv[3]
result = {}
try:
    with Page(chromium, url) as page:
        box = page.evaluate("""(() => {
          const word = %s;
          const walker = document.createTreeWalker(document.getElementById('article-text'), NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = n.data.indexOf(word);
            if (i < 0) continue;
            const range = document.createRange();
            range.setStart(n, i); range.setEnd(n, i + word.length);
            n.parentNode.scrollIntoView({block: 'center'});
            const r = range.getBoundingClientRect();
            return {x: r.left + r.width / 2, y: r.top + r.height / 2};
          }
          return {error: 'word not in the text'};
        })()""" % json.dumps(word))
        if "error" in box:
            raise RuntimeError(box["error"])
        for kind, count in (("mouseMoved", 0), ("mousePressed", 1), ("mouseReleased", 1),
                            ("mousePressed", 2), ("mouseReleased", 2)):
            page.call("Input.dispatchMouseEvent", {"type": kind, "x": box["x"], "y": box["y"], "button": "left",
                                                   "clickCount": count}, page.session)
        result["form"] = page.evaluate("""(() => ({
          selected: String(window.getSelection()),
          cue: document.getElementById('missed-cue').value,
          start: document.getElementById('missed-start').value,
          end: document.getElementById('missed-end').value,
          open: document.getElementById('missed').open,
        }))()""")
        button = page.evaluate("""(() => { const b = document.querySelector('#missed-form button');
          b.scrollIntoView({block: 'center'}); const r = b.getBoundingClientRect();
          return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()""")
        page.click(button["x"], button["y"])
        page.wait_event("Page.loadEventFired")
        result["after"] = page.evaluate("location.pathname + location.hash")
except Exception as error:  # report, never hang
    result["error"] = f"{type(error).__name__}: {error}"
print(json.dumps(result, ensure_ascii=False))
