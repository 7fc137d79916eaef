"""A chunk's rows sent to PostgreSQL while the next chunk is read and normalised.

PostgreSQL checks each COPY'd row's foreign keys and adds it to the indexes as it arrives: about 4 s of
the server per 100,000 incident rows, during which the client used to wait at the end of the COPY
(bench/RESULTS.md, Stop 20 and 22). Here that COPY runs in a thread of its own, and the ingest goes on
with the next chunk, which needs no database until it is stored. At most one COPY is under way; every
other use of the connection first waits for it (`Overlap.wait`), so the statements reach the server in
the same order as before, and an error of the COPY is raised there, before anything else is sent.

psycopg holds the connection's lock for a whole COPY, so a statement that did not wait would only
block; the explicit wait is what keeps the order and the error where they belong. SQLite runs its
insert inline (its work is the client's own CPU, and its connection is not shared with a thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress


class Overlap:
    """At most one piece of work running beside the caller; `wait` joins it and raises its error."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def run(self, work: Callable[[], None]) -> None:
        """Start `work` in a thread, after the previous work has finished."""
        self.wait()

        def target() -> None:
            try:
                work()
            except BaseException as exc:  # raised to the caller by `wait`
                self._error = exc

        self._thread = threading.Thread(target=target, name="lagesbild-ingest-copy", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Until the running work (if any) has finished; its error, if it failed, is raised here."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error


@contextmanager
def overlapped() -> Iterator[Overlap]:
    """An `Overlap` whose work has finished when the block is left. When the block fails, the work's
    own error (a consequence, or the same cause) gives way to the block's."""
    overlap = Overlap()
    try:
        yield overlap
    except BaseException:
        with suppress(BaseException):  # the block's error is the one to raise
            overlap.wait()
        raise
    overlap.wait()
