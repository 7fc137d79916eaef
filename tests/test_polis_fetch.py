"""`polis fetch` against a local HTTP server that replays the real API sample (no network needed)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from sqlalchemy import Engine, select

from lagesbild import db
from lagesbild.cli import main
from tests.conftest import shared_real_data
from tests.kommun_support import engine_url

SAMPLE = shared_real_data() / "polisen_api_response_sample.json"


class Replay(BaseHTTPRequestHandler):
    """Answers like polisen.se/api/events?locationname=X: the sample's events in X. The sample gives the
    län as location.name and the kommun last in the headline, so both are matched. `fail_first` requests
    get 503 (a busy service)."""

    events: list[dict[str, Any]] = []
    fail_first = 0
    requests: list[str] = []

    def do_GET(self) -> None:
        Replay.requests.append(self.path)
        if Replay.fail_first > 0:
            Replay.fail_first -= 1
            self.send_response(503)
            self.end_headers()
            return
        name = parse_qs(urlparse(self.path).query).get("locationname", [""])[0]
        chosen = [
            e
            for e in Replay.events
            if e["location"]["name"] == name or str(e["name"]).rsplit(",", 1)[-1].strip() == name
        ]
        body = json.dumps(chosen, ensure_ascii=False).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def replay_url(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if not SAMPLE.is_file():
        pytest.skip(f"{SAMPLE} saknas")
    Replay.events = json.loads(SAMPLE.read_text(encoding="utf-8"))
    Replay.fail_first = 0
    Replay.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Replay)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/api/events"
    monkeypatch.setenv("LAGESBILD_POLIS_API_URL", url)
    monkeypatch.setenv("LAGESBILD_POLIS_API_INTERVAL_S", "0")
    yield url
    server.shutdown()
    server.server_close()


def _uppsala_events() -> int:
    events = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return sum(1 for e in events if str(e["name"]).rsplit(",", 1)[-1].strip() == "Uppsala")


def test_polis_fetch_ingests_the_kommuns_events_once(
    engine: Engine, replay_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = engine_url(engine)
    assert main(["kommun", "add", "Uppsala", "--db", url]) == 0
    expected = _uppsala_events()
    assert expected == 10
    Replay.fail_first = 1  # the first answer is 503: retried
    assert main(["polis", "fetch", "--kommun", "0380", "--db", url]) == 0
    out = capsys.readouterr().out
    # Two of the ten are rescue and traffic-injury calls, outside EST's categories: ignored with reason.
    assert "Uppsala: 10 händelser från polisens API: 8 nya, 0 redan inlästa, 2 ignorerade" in out
    assert len(Replay.requests) == 2 and "locationname=Uppsala" in Replay.requests[-1]
    assert main(["polis", "fetch", "--kommun", "Uppsala", "--db", url]) == 0  # the next day: nothing twice
    assert "0 nya, 8 redan inlästa, 2 ignorerade" in capsys.readouterr().out
    with engine.connect() as conn:
        kommuner = conn.execute(
            select(db.incidents.c.kommun_code).where(db.incidents.c.source == "polis")
        ).all()
        ignored = conn.execute(select(db.ignored_rows.c.reason)).scalars().all()
    assert [k for (k,) in kommuner] == ["0380"] * 8
    assert len(ignored) == 4 and all(reason for reason in ignored)


def test_polis_fetch_offline_is_a_clear_swedish_message(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("LAGESBILD_POLIS_API_INTERVAL_S", "0")
    url = engine_url(engine)
    assert main(["kommun", "add", "0480", "--db", url]) == 0
    args = [
        "polis",
        "fetch",
        "--kommun",
        "Nyköping",
        "--db",
        url,
        "--url",
        f"http://127.0.0.1:{port}/api/events",
    ]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Kunde inte hämta polisens händelser för 'Nyköping'" in err
    assert "efter 4 försök" in err and "Inget har lästs in" in err
    assert main(["polis", "fetch", "--kommun", "0114", "--db", url]) == 2
    assert "kommun add 0114" in capsys.readouterr().err
