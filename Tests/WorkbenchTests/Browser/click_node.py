#!/usr/bin/env python3
"""Clicks a speaker's node in the workbench's graph page in headless
Chromium, through the DevTools protocol over a pipe (--remote-debugging-pipe,
no network port), and prints what the page then shows, as one JSON object.

    click_node.py CHROMIUM URL SPEAKER

The click is a real mouse press and release at the node's centre
(Input.dispatchMouseEvent), not a script calling the handler. Every wait is
bounded; the whole run gives up after 60 seconds.
"""
import json
import os
import select
import subprocess
import sys
import time

chromium, url, speaker = sys.argv[1], sys.argv[2], sys.argv[3]
deadline = time.time() + 60

to_chrome_r, to_chrome_w = os.pipe()
from_chrome_r, from_chrome_w = os.pipe()


def child_fds():
    # Through fresh descriptors: dup2 onto itself would keep close-on-exec.
    a, b = os.dup(to_chrome_r), os.dup(from_chrome_w)
    os.dup2(a, 3)
    os.dup2(b, 4)


proc = subprocess.Popen(
    [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
     "--no-first-run", "--window-size=1400,1000", "--remote-debugging-pipe", "about:blank"],
    preexec_fn=child_fds, close_fds=False, stdin=subprocess.DEVNULL,
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.close(to_chrome_r)
os.close(from_chrome_w)

buffer = b""
next_id = 0
events = []


def send(method, params=None, session=None):
    global next_id
    next_id += 1
    message = {"id": next_id, "method": method, "params": params or {}}
    if session:
        message["sessionId"] = session
    os.write(to_chrome_w, json.dumps(message).encode() + b"\0")
    return next_id


def receive():
    global buffer
    while b"\0" not in buffer:
        left = deadline - time.time()
        if left <= 0:
            raise TimeoutError("no answer from chromium in time")
        ready, _, _ = select.select([from_chrome_r], [], [], left)
        if not ready:
            continue
        chunk = os.read(from_chrome_r, 65536)
        if not chunk:
            raise EOFError("chromium closed the pipe")
        buffer += chunk
    message, buffer = buffer.split(b"\0", 1)
    return json.loads(message)


def call(method, params=None, session=None):
    wanted = send(method, params, session)
    while True:
        message = receive()
        if message.get("id") == wanted:
            if "error" in message:
                raise RuntimeError(f"{method}: {message['error']}")
            return message.get("result", {})
        events.append(message)


def wait_event(name, session):
    while True:
        for i, e in enumerate(events):
            if e.get("method") == name and e.get("sessionId") == session:
                events.pop(i)
                return e
        events.append(receive())


def evaluate(expression, session):
    result = call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, session)
    return result.get("result", {}).get("value")


result = {}
try:
    target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    call("Page.enable", {}, session)
    call("Runtime.enable", {}, session)
    call("Page.navigate", {"url": url}, session)
    wait_event("Page.loadEventFired", session)
    name = json.dumps(speaker)
    box = evaluate("""(() => {
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
    })()""" % name, session)
    result["before"] = box
    if box and "error" not in box:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            call("Input.dispatchMouseEvent", {"type": kind, "x": box["x"], "y": box["y"],
                                              "button": "left", "clickCount": 1}, session)
        result["after"] = evaluate("""(() => {
          const shown = [...document.querySelectorAll('.speaker-panel')]
            .filter(p => getComputedStyle(p).display !== 'none');
          return shown.map(p => ({
            node: p.getAttribute('data-node'),
            speaker: p.querySelector('.speaker-name').textContent,
            statements: [...p.querySelectorAll('ol > li')].map(li => li.textContent.trim()),
            links: [...p.querySelectorAll('ol > li a')].map(a => a.getAttribute('href')),
          }));
        })()""", session)
except Exception as error:  # report, never hang
    result["error"] = f"{type(error).__name__}: {error}"
finally:
    try:
        os.write(to_chrome_w, json.dumps({"id": 999999, "method": "Browser.close"}).encode() + b"\0")
    except OSError:
        pass
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
print(json.dumps(result, ensure_ascii=False))
