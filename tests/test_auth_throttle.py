"""The password-login throttle: the pure rule and the bounded per-name store, with a fake clock."""

from __future__ import annotations

import pytest

from dashboard.auth import throttle


@pytest.mark.parametrize(
    ("failures", "now", "expected"),
    [
        ([], 0.0, False),
        ([0.0, 1.0, 2.0, 3.0], 10.0, False),  # four: one short
        ([0.0, 1.0, 2.0, 3.0, 4.0], 10.0, True),
        ([0.0, 1.0, 2.0, 3.0, 4.0], 900.0, True),  # the first is exactly a window old: still counts
        ([0.0, 1.0, 2.0, 3.0, 4.0], 900.5, False),  # the first has left the window
        ([100.0] * 7, 120.0, True),
    ],
)
def test_throttled(failures: list[float], now: float, expected: bool) -> None:
    assert throttle.throttled(failures, now, limit=5, window=900) is expected


@pytest.mark.parametrize(
    ("failures", "now", "expected"), [([], 5.0, True), ([0.0], 900.0, False), ([0.0], 901.0, True)]
)
def test_stale(failures: list[float], now: float, expected: bool) -> None:
    assert throttle.stale(failures, now, window=900) is expected


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_failure_log_locks_one_name_for_the_window() -> None:
    clock = Clock()
    log = throttle.FailureLog(limit=3, window=60, clock=clock)
    for _ in range(3):
        assert not log.throttled("ana")
        log.failed("ana")
        clock.now += 1
    assert log.throttled("ana") and not log.throttled("sam")
    clock.now += 58  # 61 s after the first failure, 59 s after the last: two still count
    assert not log.throttled("ana")
    log.failed("ana")
    assert log.throttled("ana")
    log.forget("ana")  # a successful login
    assert not log.throttled("ana")


def test_failure_log_stays_bounded_whatever_names_are_tried() -> None:
    clock = Clock()
    log = throttle.FailureLog(limit=3, window=60, max_names=4, clock=clock)
    for name in "abcd":
        log.failed(name)
    log.failed("e")  # full and nothing stale: everything is forgotten, then e counts
    assert len(log) == 1 and not log.throttled("a")
    log.clear()
    for name in "abc":
        log.failed(name)
    clock.now = 70.0
    log.failed("d")
    clock.now = 71.0
    log.failed("d")  # full: a, b and c are stale and go, d keeps its recent failures
    assert len(log) == 1
    clock.now = 72.0
    log.failed("d")
    assert log.throttled("d")
