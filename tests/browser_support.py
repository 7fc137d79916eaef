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
        str(ROOT / "dashboard" / "app.py"),
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
