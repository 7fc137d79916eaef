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


# ------------------------------------------------------------------------------- one page's visit


@dataclass(frozen=True)
class Element:
    at_s: float  # from sending the rerun request
    kind: str  # the element's type: "heading", "markdown", "arrow_data_frame", ...
    main: bool  # in the page's main area (not the sidebar)
    text: str  # a heading's or markdown's text, else ""


@dataclass(frozen=True)
class PageVisit:
    """One visitor opening one page: every element as it arrived, and which page the server ran."""

    connect_s: float  # opening the websocket, before the rerun request
    finished_s: float  # script_finished, from sending the rerun request
    elements: tuple[Element, ...]
    ran: str | None  # the url path of the page the server's navigation says it ran; None: no navigation

    def title(self) -> Element | None:
        """The page's own title: its first heading in the main area."""
        return next((e for e in self.elements if e.main and e.kind == "heading"), None)

    def first_content(self) -> Element | None:
        """What the visitor came for: the first table in the main area if the page sends one, else the
        first main-area element after the page's title (after nothing, for a page without a heading:
        the hello-world floor's `st.write`)."""
        table = next((e for e in self.elements if e.main and e.kind in TABLE_ELEMENTS), None)
        if table is not None:
            return table
        title = self.title()
        after = title.at_s if title is not None else float("-inf")
        return next((e for e in self.elements if e.main and e is not title and e.at_s >= after), None)


def _element_text(element: object) -> str:
    kind = element.WhichOneof("type")  # type: ignore[attr-defined]
    if kind == "heading":
        return str(element.heading.body)  # type: ignore[attr-defined]
    if kind == "markdown":
        return str(element.markdown.body)  # type: ignore[attr-defined]
    if kind == "exception":
        return f"{element.exception.type}: {element.exception.message}"  # type: ignore[attr-defined]
    return ""


async def _visit(url: str, page_name: str, timeout_s: float) -> PageVisit:
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    elements: list[Element] = []
    ran: str | None = None
    t0 = time.perf_counter()
    async with websockets.connect(url, subprotocols=["streamlit"], max_size=None) as ws:  # type: ignore[list-item]
        connect_s = time.perf_counter() - t0
        # What the frontend sends when a browser loads /<page_name>: the url path as page_name, no hash.
        request = BackMsg()
        request.rerun_script.query_string = ""
        request.rerun_script.page_script_hash = ""
        request.rerun_script.page_name = page_name
        start = time.perf_counter()
        await ws.send(request.SerializeToString())
        while True:
            message = ForwardMsg()
            message.ParseFromString(await asyncio.wait_for(ws.recv(), timeout_s))
            kind = message.WhichOneof("type")
            if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                path = list(message.metadata.delta_path)
                elements.append(
                    Element(
                        time.perf_counter() - start,
                        str(element.WhichOneof("type")),
                        bool(path) and path[0] == 0,  # root container 0 is the main area, 1 the sidebar
                        _element_text(element),
                    )
                )
            elif kind == "navigation":
                nav = message.navigation
                ran = next(
                    (p.url_pathname for p in nav.app_pages if p.page_script_hash == nav.page_script_hash), "?"
                )
            elif kind == "script_finished":
                if message.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    continue  # the script asked for a rerun (st.rerun, st.switch_page): wait for that one
                return PageVisit(connect_s, time.perf_counter() - start, tuple(elements), ran)


def visit_page(http_url: str, page_name: str = "", timeout_s: float = 300) -> PageVisit:
    """One protocol client opening the page at /<page_name> ("" the default page) until its run finished."""
    return asyncio.run(_visit(websocket_url(http_url), page_name, timeout_s))
