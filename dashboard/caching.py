"""`scoped_cache`: `st.cache_data` with the session's kommun in every cache key.

The cached reads run under `queries.kommun_scope` (set for the whole page by `dashboard.app`), which a
cache key does not see: without the kommun in the key, a Nacka user could be served the cached frame a
Nyköping user's run computed. The wrapper passes the current kommun as a hashed keyword argument and
runs the read inside that scope again, so a cache entry is only ever computed and served per kommun.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

import streamlit as st

from lagesbild import queries

F = TypeVar("F", bound=Callable[..., Any])


def scoped_cache(**options: Any) -> Callable[[F], F]:
    """Like `st.cache_data(**options)` (show_spinner off by default), keyed on the kommun as well."""
    options.setdefault("show_spinner", False)

    def decorate(func: F) -> F:
        # functools.wraps: Streamlit keys the cache on the wrapped function's module, name and source
        # (inspect follows __wrapped__), so each read keeps its own cache; `kommun_key` is hashed.
        @functools.wraps(func)
        def in_scope(*args: Any, kommun_key: str | None, **kwargs: Any) -> Any:
            with queries.kommun_scope(kommun_key):
                return func(*args, **kwargs)

        cached = st.cache_data(**options)(in_scope)

        @functools.wraps(func)
        def call(*args: Any, **kwargs: Any) -> Any:
            return cached(*args, kommun_key=queries.current_kommun(), **kwargs)

        call.clear = cached.clear  # type: ignore[attr-defined]
        return cast(F, call)

    return decorate
