#!/usr/bin/env python3
"""Clicks a speaker's node in the workbench's graph page in headless
Chromium and prints what the page then shows, as one JSON object.

    click_node.py CHROMIUM URL SPEAKER

The click is a real mouse press and release at the node's centre
(Input.dispatchMouseEvent), not a script calling the handler.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Page  # noqa: E402

chromium, url, speaker = sys.argv[1], sys.argv[2], sys.argv[3]
result = {}
try:
    with Page(chromium, url) as page:
        box = page.evaluate("""(() => {
          const panel = [...document.querySelectorAll('.speaker-panel')]
            .find(p => p.querySelector('.speaker-name').textContent === %s);
          if (!panel) return {error: 'no panel for the speaker'};
          const id = panel.getAttribute('data-node');
          const node = [...document.querySelectorAll('#graph g.node')]
            .find(g => g.querySelector('title') && g.querySelector('title').textContent === id);
          if (!node) return {error: 'no graph node ' + id};
          const shape = node.querySelector('polygon, ellipse, path') || node;
          shape.scrollIntoView({block: 'center', inline: 'center'});
          const r = shape.getBoundingClientRect();
          const visibleBefore = [...document.querySelectorAll('.speaker-panel')]
            .filter(p => getComputedStyle(p).display !== 'none').length;
          return {id, x: r.left + r.width / 2, y: r.top + r.height / 2, visibleBefore};
        })()""" % json.dumps(speaker))
        result["before"] = box
        if box and "error" not in box:
            page.click(box["x"], box["y"])
            result["after"] = page.evaluate("""(() => {
              const shown = [...document.querySelectorAll('.speaker-panel')]
                .filter(p => getComputedStyle(p).display !== 'none');
              return shown.map(p => ({
                node: p.getAttribute('data-node'),
                speaker: p.querySelector('.speaker-name').textContent,
                statements: [...p.querySelectorAll('ol > li')].map(li => li.textContent.trim()),
                links: [...p.querySelectorAll('ol > li a')].map(a => a.getAttribute('href')),
              }));
            })()""")
except Exception as error:  # report, never hang
    result["error"] = f"{type(error).__name__}: {error}"
print(json.dumps(result, ensure_ascii=False))
