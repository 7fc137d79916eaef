"""The dashboard's audit entries that are not part of a write: downloads and exports."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from dashboard.auth.identity import actor
from lagesbild import audit


def record(action: str, **details: Any) -> None:
    """Write one entry to the audit log with this session's user as actor."""
    from dashboard import data

    audit.record_now(data.engine(), actor(), action, **details)


def on_download(action: str, **details: Any) -> Callable[[], None]:
    """For `st.download_button(..., on_click=auth.on_download("report", week=week))`. The page's kommun
    is taken now: the click's callback runs before the next page run, outside its kommun scope."""
    from lagesbild import queries

    kommun = queries.current_kommun()
    return functools.partial(record, action, **({"kommun": kommun} if kommun else {}), **details)
