"""Measure what a refused upload costs the dashboard server (issue 17): eight 40 MB uploads from an
anonymous session with a valid XSRF token, against each checkout given, in one run.

    PYTHONPATH=. .venv/bin/python scripts/measure_upload_refusal.py BEFORE_CHECKOUT .

For each checkout: `streamlit run dashboard/server.py` (or app.py, before there was one) on a free
port (local accounts, no anonymous viewing), an anonymous session opened in Chromium (its session id
from the server's NewSession message, its XSRF cookie), then from a plain socket:
- three times the headers of a PUT declaring 40 MB, no body: the status and how long it took (0 = none
  in 10 s; a kept-open connection adds the 2 s `raw_put` waits to see whether it closes);
- eight PUTs pushing 40 MB bodies: the body bytes the server's connection took, the server's resident
  memory before and after (from /proc), the time;
and from the page, eight 40 MB `fetch` PUTs as the issue's test sent them: statuses and memory.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from lagesbild import access
from lagesbild.db import init_db, make_engine
from tests.browser_support import CHROMIUM_ARGS, free_port, raw_put, wait_healthy

PUT_BIG = """async ([url, megabytes, times]) => {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('_streamlit_xsrf='));
    const token = decodeURIComponent(cookie.slice('_streamlit_xsrf='.length));
    const body = new Uint8Array(megabytes * 1024 * 1024).fill(59);
    const statuses = [];
    for (let k = 0; k < times; k++) {
        const form = new FormData();
        form.append('file', new Blob([body], {type: 'text/csv'}), 'stor.csv');
        try {
            const response = await fetch(url + '/stor-' + k, {
                method: 'PUT', body: form, credentials: 'same-origin', headers: {'X-Xsrftoken': token},
            });
            statuses.push(response.status);
        } catch (error) {
            statuses.push('nätverksfel');
        }
    }
    return statuses;
}"""


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS:")).split()[1]) / 1024


def session_of(page: Any) -> list[str]:
    """Collects the session ids the server announces on the page's websockets."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    ids: list[str] = []

    def frame(payload: str | bytes) -> None:
        message = ForwardMsg()
        if isinstance(payload, bytes):
            try:
                message.ParseFromString(payload)
            except Exception:  # not a ForwardMsg
                return
            if message.WhichOneof("type") == "new_session":
                ids.append(message.new_session.initialize.session_id)

    page.on("websocket", lambda socket: socket.on("framereceived", frame))
    return ids


def measure(checkout: Path, chromium: str) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="upload-refusal-"))
    engine = make_engine(f"sqlite:///{folder / 'lagesbild.db'}")
    init_db(engine)
    engine.dispose()
    (folder / ".streamlit").mkdir()
    shutil.copy(checkout / ".streamlit" / "config.toml", folder / ".streamlit" / "config.toml")
    (folder / ".streamlit" / "secrets.toml").write_text(
        f'[lagesbild.users.lisa]\nrole = "{access.LASARE}"\nkommuner = ["0182"]\n'
        f'password_hash = "{access.hash_password("läsare-lösenord-2026")}"\n',
        encoding="utf-8",
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "LAGESBILD_DB": f"sqlite:///{folder / 'lagesbild.db'}",
        "PYTHONPATH": str(checkout),
        "LAGESBILD_AUTH": "on",
        "LAGESBILD_ANONYMOUS": "none",
    }
    # as `make serve` starts that checkout: server.py (the gate as middleware) where it exists
    entries = (checkout / "dashboard" / "server.py", checkout / "dashboard" / "app.py")
    entry = next(path for path in entries if path.exists())
    command = [sys.executable, "-m", "streamlit", "run", str(entry)]
    command += ["--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true"]
    result: dict[str, Any] = {"checkout": str(checkout)}
    with (folder / "server.log").open("wb") as log:
        server = subprocess.Popen(command, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_healthy(base, server)
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, timeout=60_000)
                page = browser.new_context(locale="sv-SE").new_page()
                ids = session_of(page)
                page.goto(base, wait_until="domcontentloaded")
                page.get_by_role("heading", name="Logga in", exact=True).wait_for(timeout=60_000)
                page.wait_for_timeout(1500)
                xsrf = next(c["value"] for c in page.context.cookies() if c["name"] == "_streamlit_xsrf")
                session = ids[-1]

                answers = []
                for _ in range(3):
                    started = time.monotonic()
                    answer = raw_put(base, session, xsrf, 40 << 20, send_body=False)
                    answers.append(f"{answer['status']} after {time.monotonic() - started:.2f} s")
                result["headers only (3 times)"] = ", ".join(answers)

                before, started = rss_mb(server.pid), time.monotonic()
                pushed = [raw_put(base, session, xsrf, 40 << 20, send_body=True) for _ in range(8)]
                result["socket: taken MB"] = round(sum(p["taken"] for p in pushed) / (1 << 20), 1)
                result["socket: RSS MB"] = round(rss_mb(server.pid) - before, 1)
                result["socket: s"] = round(time.monotonic() - started, 1)
                result["socket: statuses"] = sorted({p["status"] for p in pushed})

                before, started = rss_mb(server.pid), time.monotonic()
                statuses = page.evaluate(PUT_BIG, [f"{base}/_stcore/upload_file/{session}", 40, 8])
                result["fetch: RSS MB"] = round(rss_mb(server.pid) - before, 1)
                result["fetch: s"] = round(time.monotonic() - started, 1)
                result["fetch: statuses"] = sorted({str(s) for s in statuses})
                result["server RSS MB at end"] = round(rss_mb(server.pid), 1)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
    shutil.rmtree(folder, ignore_errors=True)
    return result


def main() -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("chromium saknas")
    results = [measure(Path(arg).resolve(), chromium) for arg in sys.argv[1:] or ["."]]
    for key in results[0]:
        print(f"| {key} | " + " | ".join(str(r[key]) for r in results) + " |")


if __name__ == "__main__":
    main()
