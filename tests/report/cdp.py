"""A headless Chromium driven over the DevTools protocol, for the report's browser tests.

Chromium is started with a fresh profile, no sandbox, no GPU and no background networking
(the network is closed: background requests would only make noise); ``websocket-client``
talks to it.  Events (console messages, exceptions, network requests) are kept in
``Page.events`` for the tests to inspect.

Run as a script to refresh the screenshot in docs/::

    .venv/bin/python -m tests.report.cdp REPORT.html docs/report-seed.png
"""

from __future__ import annotations

import base64
import json
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from types import TracebackType
from typing import Any

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--mute-audio", "--remote-debugging-port=0")
START_SECONDS = 30
SCREENSHOT_HEIGHT = 2000


def find_browser() -> str | None:
    """The path of a Chromium on PATH, or ``None``."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One Chromium process with a fresh profile; a context manager."""

    def __init__(self, executable: str) -> None:
        import websocket

        self.profile = Path(tempfile.mkdtemp(prefix="tgbe-chromium-"))
        self.process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + START_SECONDS
        while not port_file.exists() or len(port_file.read_text().split()) < 2:
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not start")
            time.sleep(0.05)
        port, path = port_file.read_text().split()[:2]
        self.socket = websocket.create_connection(f"ws://127.0.0.1:{port}{path}",
                                                  timeout=START_SECONDS,
                                                  suppress_origin=True)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Call ``method`` and return its result; events meanwhile go to ``events``."""
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        while True:
            reply = json.loads(self.socket.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return dict(reply.get("result", {}))
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 20) -> dict[str, Any]:
        """Wait for the next event ``method`` (from ``events`` or the socket)."""
        end = time.monotonic() + timeout
        for index, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(index)
        while time.monotonic() < end:
            event = json.loads(self.socket.recv())
            self.events.append(event)
            if event.get("method") == method:
                return self.events.pop()
        raise TimeoutError(method)

    def open(self, url: str, scripts: bool = True, width: int = 1100) -> Page:
        """A new tab showing ``url`` (loaded), with console, network and page events on."""
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", session)
        self.send("Emulation.setDeviceMetricsOverride", session, width=width, height=900,
                  deviceScaleFactor=1, mobile=False)
        if not scripts:
            self.send("Emulation.setScriptExecutionDisabled", session, value=True)
        self.events.clear()
        self.send("Page.navigate", session, url=url)
        self.wait_for("Page.loadEventFired")
        return Page(self, session)

    def close(self) -> None:
        """End the browser and remove its profile."""
        if getattr(self, "socket", None) is not None:
            self.socket.close()
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


class Page:
    """One tab attached through a flat session."""

    def __init__(self, browser: Browser, session: str) -> None:
        self.browser, self.session = browser, session

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """A DevTools call in this tab."""
        return self.browser.send(method, self.session, **params)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page, a promise's once it settles
        (exceptions raise)."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def events(self, method: str) -> list[dict[str, Any]]:
        """The events ``method`` of this tab so far (parameters only)."""
        self.call("Runtime.evaluate", expression="0")  # flush what the page has sent
        return [event["params"] for event in self.browser.events
                if event.get("sessionId") == self.session and event.get("method") == method]

    def screenshot(self, selector: str | None = None, height: int | None = None) -> bytes:
        """A PNG of the element ``selector``, else of the page's top ``height`` pixels (at
        most the whole page), else of the viewport."""
        params: dict[str, Any] = {"format": "png"}
        if selector:
            box = self.evaluate(f"JSON.stringify(document.querySelector({selector!r})"
                                ".getBoundingClientRect())")
            rect = json.loads(box)
            params["clip"] = {"x": rect["x"], "y": rect["y"] + self.evaluate("scrollY"),
                              "width": rect["width"], "height": rect["height"], "scale": 1}
            params["captureBeyondViewport"] = True
        elif height:
            page = self.evaluate("document.documentElement.scrollHeight")
            params["clip"] = {"x": 0, "y": 0, "width": self.evaluate("innerWidth"),
                              "height": min(height, page), "scale": 1}
            params["captureBeyondViewport"] = True
        return base64.b64decode(self.call("Page.captureScreenshot", **params)["data"])

    def pdf(self) -> bytes:
        """The page printed to PDF with its own ``@page`` size."""
        result = self.call("Page.printToPDF", preferCSSPageSize=True, printBackground=True)
        return base64.b64decode(result["data"])


def png_pixels(png: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Width, height and RGB pixels of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    width, height, depth, colour = struct.unpack(">IIBB", png[16:26])
    if depth != 8 or colour not in (2, 6):
        raise ValueError(f"unexpected PNG: depth {depth}, colour type {colour}")
    data, position = b"", 8
    while position < len(png):
        length, kind = struct.unpack(">I4s", png[position:position + 8])
        if kind == b"IDAT":
            data += png[position + 8:position + 8 + length]
        position += 12 + length
    raw, step = zlib.decompress(data), 4 if colour == 6 else 3
    stride, rows, previous = width * step, [], bytearray(width * step)
    for row in range(height):
        kind, line = raw[row * (stride + 1)], bytearray(raw[row * (stride + 1) + 1:
                                                            (row + 1) * (stride + 1)])
        for index in range(stride):
            left = line[index - step] if index >= step else 0
            up, corner = previous[index], previous[index - step] if index >= step else 0
            if kind == 1:
                line[index] = (line[index] + left) & 0xFF
            elif kind == 2:
                line[index] = (line[index] + up) & 0xFF
            elif kind == 3:
                line[index] = (line[index] + (left + up) // 2) & 0xFF
            elif kind == 4:
                guess = left + up - corner
                near = min((abs(guess - left), 0, left), (abs(guess - up), 1, up),
                           (abs(guess - corner), 2, corner))[2]
                line[index] = (line[index] + near) & 0xFF
        rows.append(bytes(line))
        previous = line
    pixels = [(line[i], line[i + 1], line[i + 2]) for line in rows
              for i in range(0, stride, step)]
    return width, height, pixels


def main(arguments: list[str]) -> int:
    """Save a screenshot of the report ``arguments[0]`` (its top 2,000 pixels) to
    ``arguments[1]``."""
    executable = find_browser()
    if executable is None:
        print("no chromium on PATH", file=sys.stderr)
        return 2
    with Browser(executable) as browser:
        page = browser.open(Path(arguments[0]).resolve().as_uri())
        Path(arguments[1]).write_bytes(page.screenshot(height=SCREENSHOT_HEIGHT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
