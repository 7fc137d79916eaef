"""A Streamlit session without a browser: the websocket protocol the frontend speaks, for measuring the
server's share of a page load apart from the browser's rendering.

A session connects to `/_stcore/stream`, asks for a run of the app's default page (a `rerun_script`
BackMsg, as the frontend sends on load) and reads ForwardMsgs until the run is finished. It records when
the first table element arrived (what the Chromium benchmark waits for) and when the run finished.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

TABLE_ELEMENTS = {"dataframe", "arrow_data_frame", "arrow_table", "table"}


@dataclass(frozen=True)
class SessionTimes:
    first_table_s: float | None  # from the common start; None: the page sent no table
    finished_s: float
    elements: int


def websocket_url(http_url: str) -> str:
    return http_url.replace("http://", "ws://", 1).rstrip("/") + "/_stcore/stream"


async def _session(url: str, start: float, timeout_s: float) -> SessionTimes:
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    first_table: float | None = None
    elements = 0
    async with websockets.connect(url, subprotocols=["streamlit"], max_size=None) as ws:  # type: ignore[list-item]
        request = BackMsg()
        request.rerun_script.query_string = ""
        request.rerun_script.page_script_hash = ""  # the default page
        await ws.send(request.SerializeToString())
        while True:
            message = ForwardMsg()
            message.ParseFromString(await asyncio.wait_for(ws.recv(), timeout_s))
            kind = message.WhichOneof("type")
            if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                elements += 1
                element = message.delta.new_element.WhichOneof("type")
                if first_table is None and element in TABLE_ELEMENTS:
                    first_table = time.perf_counter() - start
            elif kind == "script_finished":
                return SessionTimes(first_table, time.perf_counter() - start, elements)


async def _simultaneous(url: str, sessions: int, timeout_s: float) -> list[SessionTimes]:
    start = time.perf_counter()
    return list(await asyncio.gather(*(_session(url, start, timeout_s) for _ in range(sessions))))


def simultaneous_sessions(http_url: str, sessions: int, timeout_s: float = 300) -> list[SessionTimes]:
    """`sessions` protocol clients opening the app's default page at once, timed from the common start."""
    return asyncio.run(_simultaneous(websocket_url(http_url), sessions, timeout_s))
