"""Serving the dashboard for the browser tests: `streamlit run` on a free local port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


SERVER_PIDS: dict[str, int] = {}
"""The process id of each running test server, by base URL (for tests that read its memory)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(base: str, process: subprocess.Popen[bytes], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit avslutades med kod {process.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"streamlit svarade inte inom {timeout:.0f} s")


def serve_dashboard(
    database: str,
    cwd: Path,
    log_path: Path,
    env: dict[str, str] | None = None,
    address: str | None = "127.0.0.1",
) -> Iterator[str]:
    """Run the app against `database` from `cwd` (its .streamlit/ holds config and maybe secrets),
    yield its base URL, stop it afterwards. `address` None: bound as the config says (`make run`)."""
    port = free_port()
    full_env = {**os.environ, "LAGESBILD_DB": database, "PYTHONPATH": str(ROOT), **(env or {})}
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "dashboard" / "server.py"),  # as `make serve`: the upload gate from the start
        "--server.port",
        str(port),
        *(["--server.address", address, "--server.headless", "true"] if address else []),
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=cwd, env=full_env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_healthy(f"http://127.0.0.1:{port}", process)
            SERVER_PIDS[f"http://127.0.0.1:{port}"] = process.pid
            yield f"http://127.0.0.1:{port}"
        finally:
            SERVER_PIDS.pop(f"http://127.0.0.1:{port}", None)
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)


def raw_put(server: str, session_id: str, xsrf: str, declared: int, send_body: bool) -> dict[str, Any]:
    """A PUT to Streamlit's upload endpoint from a plain socket, as a hostile client would send it: the
    session's XSRF cookie and token, headers declaring `declared` bytes and, with `send_body`, the body
    pushed as fast as the server takes it. Returns the status (0 when none came within 10 s), the body
    bytes the connection took, whether the server closed the connection after its answer, and the
    answer's text."""
    host, port = urlsplit(server).hostname or "127.0.0.1", urlsplit(server).port or 80
    head = (
        f"PUT /_stcore/upload_file/{session_id}/stor HTTP/1.1\r\nHost: {host}:{port}\r\n"
        f"Content-Type: multipart/form-data; boundary=lagesbild\r\nContent-Length: {declared}\r\n"
        f"X-Xsrftoken: {unquote(xsrf)}\r\nCookie: _streamlit_xsrf={xsrf}\r\n\r\n"
    )
    # a well-formed form with one file, as Streamlit's uploader sends it, padded to `declared` bytes
    part = b'--lagesbild\r\nContent-Disposition: form-data; name="file"; filename="stor.csv"\r\n\r\n'
    end = b"\r\n--lagesbild--\r\n"
    body = memoryview(part + b";" * (declared - len(part) - len(end)) + end if send_body else b"")
    taken, answer, closed = 0, b"", False
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(head.encode("ascii"))
        try:
            while taken < len(body):
                taken += sock.send(body[taken : taken + (1 << 20)])
        except OSError:  # reset or closed by the server: the rest was never taken
            pass
        try:
            while b"\r\n\r\n" not in answer and not closed:
                data = sock.recv(65536)
                answer += data
                closed = not data
            sock.settimeout(2)  # then: does the server close the connection, or keep it open?
            while not closed:
                data = sock.recv(65536)
                answer += data
                closed = not data
        except OSError:  # a timeout or a reset
            pass
    status_line = answer.split(b"\r\n", 1)[0].split()
    status = int(status_line[1]) if answer.startswith(b"HTTP/1.") and len(status_line) > 1 else 0
    text = answer.partition(b"\r\n\r\n")[2].decode("utf-8", "replace")
    return {"status": status, "taken": taken, "closed": closed, "text": text}
