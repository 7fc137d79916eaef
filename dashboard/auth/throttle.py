"""The throttle on password logins: at most MAX_FAILURES failed logins per user name within
FAILURE_WINDOW_S seconds. The rule is a pure function of the failure times; `FailureLog` keeps them
per name in this server process (bounded, thread-safe)."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable

MAX_FAILURES = 5
FAILURE_WINDOW_S = 15 * 60
MAX_TRACKED_NAMES = 10_000


def throttled(
    failures: Iterable[float], now: float, limit: int = MAX_FAILURES, window: float = FAILURE_WINDOW_S
) -> bool:
    """Whether `limit` or more of the failure times lie within `window` seconds before `now`."""
    return sum(1 for at in failures if now - at <= window) >= limit


def stale(failures: Iterable[float], now: float, window: float = FAILURE_WINDOW_S) -> bool:
    """Whether no failure lies within the window any more (the name can be forgotten)."""
    return all(now - at > window for at in failures)


class FailureLog:
    """Failed login times per (case-folded) user name, with a bounded number of names whatever
    names are tried: when full, stale names go first, then all of them."""

    def __init__(
        self,
        limit: int = MAX_FAILURES,
        window: float = FAILURE_WINDOW_S,
        max_names: int = MAX_TRACKED_NAMES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit, self.window, self.max_names, self.clock = limit, window, max_names, clock
        self._times: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def throttled(self, name: str) -> bool:
        now = self.clock()
        with self._lock:
            recent = self._times.get(name)
            if recent is None:
                return False
            while recent and now - recent[0] > self.window:
                recent.popleft()
            return throttled(recent, now, self.limit, self.window)

    def failed(self, name: str) -> None:
        now = self.clock()
        with self._lock:
            if len(self._times) >= self.max_names:
                for old in [n for n, times in self._times.items() if stale(times, now, self.window)]:
                    del self._times[old]
                if len(self._times) >= self.max_names:
                    self._times.clear()
            self._times.setdefault(name, deque()).append(now)

    def forget(self, name: str) -> None:
        with self._lock:
            self._times.pop(name, None)

    def clear(self) -> None:
        with self._lock:
            self._times.clear()

    def __len__(self) -> int:
        return len(self._times)


FAILURES = FailureLog()
