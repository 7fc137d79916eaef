"""A small static server for the published snapshots (`python -m lagesbild snapshot serve`).

The snapshots are plain files: in production a kommun puts them behind its ordinary web server (see
docs/reliability.md). This server is for a single machine and for the load benchmark: the standard
library's threading HTTP server, read-only, with headers that forbid scripts and any request to
another host (the pages need neither).
"""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

SECURITY_HEADERS = {
    # The snapshot is self-contained: inline styles and SVG only, nothing from elsewhere.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


class SnapshotHandler(SimpleHTTPRequestHandler):
    """GET and HEAD of files under the snapshot folder; no directory listings, no uploads."""

    server_version = "Lagesbild"
    sys_version = ""

    def list_directory(self, path: str | Any) -> None:
        self.send_error(404, "Sidan finns inte")
        return None

    def end_headers(self) -> None:
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # one line per request would drown a meeting's worth of viewers' log


class SnapshotServer(ThreadingHTTPServer):
    # socketserver's default backlog of 5 makes the 6th simultaneous viewer's connection wait for a
    # SYN retry (1 s, then 3 s, …): a meeting's worth of viewers arrives at once.
    request_queue_size = 256


def make_server(root: Path, host: str = "127.0.0.1", port: int = 8502) -> ThreadingHTTPServer:
    root.mkdir(parents=True, exist_ok=True)
    handler = partial(SnapshotHandler, directory=str(root))
    server = SnapshotServer((host, port), handler)
    server.daemon_threads = True
    return server


def serve_in_thread(root: Path, host: str = "127.0.0.1", port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Start a server in a background thread (tests, benchmark); returns it and its base URL."""
    server = make_server(root, host, port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{host}:{server.server_address[1]}"
