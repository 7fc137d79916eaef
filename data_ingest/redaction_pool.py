"""A file's free texts redacted in worker processes while the parent reads, places and stores.

The redaction (`lagesbild.privacy.redaction.redact`) is most of an ingest's CPU and a pure function of
one text, so a chunk's distinct texts can be redacted anywhere. `Redactions` sends the texts of a chunk
that the file's memo (text -> redacted text, `pipeline.ingest_file`) does not hold yet to a process pool
as soon as the chunk is read, and collects them into the memo before the chunk is normalised; the
normaliser then finds every text in the memo (`normalise._remembered`) and redacts nothing itself.
The pipeline reads the next chunk before it stores the current one, so the workers redact chunk N+1
while the parent normalises and inserts chunk N (bench/RESULTS.md, Stop 24: redaction in worker
processes).

- In-process (today's path) with `workers` 0 or 1, and for every chunk with fewer than `MIN_TEXTS` new
  texts (a small file never starts a pool): the normaliser redacts them itself, as before.
- The workers are started by the `forkserver` context: a fresh interpreter that imported only the
  redaction (`_PRELOAD`), forked per worker. Nothing of the parent is copied into a worker: not its
  threads (the dashboard's, the COPY thread), not its SQLAlchemy engines or open connections (a forked
  child that freed a copy of a psycopg connection would end the parent's session).
- At most two chunks' texts are under way (the one being collected and the next), in batches of
  `BATCH_TEXTS`.
- Nor does a worker run the parent's main module, as a spawned or fork-served child otherwise does
  (`_Popen`): Streamlit runs each page script as `__main__`, so a worker started from the upload page
  would run the dashboard's script again.
- A worker's exception is raised in the parent as itself (concurrent.futures pickles it, the worker's
  traceback chained as its cause); a worker that dies raises `BrokenProcessPool`. On any error, and on
  KeyboardInterrupt (the workers ignore SIGINT: the parent decides), the pool is shut down and its
  processes joined before the error goes on (`pooled`).
"""

from __future__ import annotations

import signal
import types
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import popen_forkserver, spawn
from multiprocessing.context import ForkServerContext, ForkServerProcess
from typing import Any

from lagesbild.privacy.redaction import redact

# A chunk with fewer new texts than this is redacted in the parent: sending them costs more than it saves
# (a worker's first texts also fill its caches), and a small file never starts a pool.
MIN_TEXTS = 2_000
# Texts per task sent to a worker: small enough that the workers share a chunk evenly and that a
# shutdown waits for little, large enough that the pickling per task is negligible.
BATCH_TEXTS = 1_000
# Imported once by the fork server, before any worker is forked from it (not `__main__`: the
# dashboard's or pytest's main script must not run again there).
_PRELOAD = ["data_ingest.redaction_pool"]

RedactBatch = Callable[[list[str]], list[str | None]]


class _SpawnWithoutMain:
    """`multiprocessing.spawn` as `_Popen._launch` sees it: what a new worker prepares leaves out the
    parent's main module (its name or path), so the worker imports only what its task needs."""

    def __getattr__(self, name: str) -> Any:
        return getattr(spawn, name)

    @staticmethod
    def get_preparation_data(name: str) -> dict[str, Any]:
        data = spawn.get_preparation_data(name)
        data.pop("init_main_from_name", None)
        data.pop("init_main_from_path", None)
        return data


class _Popen(popen_forkserver.Popen):
    """The fork server's Popen, its `_launch` the standard library's own code (whatever this Python's
    version of it does) with `spawn` bound to `_SpawnWithoutMain`."""

    _launch = types.FunctionType(
        popen_forkserver.Popen._launch.__code__,  # type: ignore[attr-defined]
        {**vars(popen_forkserver), "spawn": _SpawnWithoutMain()},
        "_launch",
    )


class _Process(ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: Any) -> _Popen:
        return _Popen(process_obj)


class _Context(ForkServerContext):
    """The forkserver context whose processes do not run the parent's main module."""

    Process = _Process


def redact_batch(texts: list[str]) -> list[str | None]:
    """`redact` of each text (what a worker runs)."""
    return [redact(t) for t in texts]


def _ignore_interrupt() -> None:
    """A worker's initializer: Ctrl-C reaches the whole process group; the parent handles it and shuts
    the pool down, a worker interrupted in the middle of a task would only break the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Redactions:
    """The redaction of one file's texts: the memo, and with `workers` > 1 a pool (started when the first
    chunk with `min_texts` new texts arrives) and the batches under way, oldest first."""

    def __init__(
        self,
        memo: dict[str, str | None],
        workers: int,
        min_texts: int = MIN_TEXTS,
        func: RedactBatch = redact_batch,
    ) -> None:
        self.memo = memo
        self.workers = workers if workers > 1 else 0
        self.min_texts = min_texts
        self._func = func
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[tuple[list[str], Future[list[str | None]]]] = deque()
        self._under_way: set[str] = set()
        self._sent = 0  # batches submitted so far
        self._tickets: deque[int] = deque()  # per part sent, oldest first: the batches up to its last
        self._done = 0

    @property
    def parallel(self) -> bool:
        return self.workers > 1

    def send(self, texts: Iterable[object]) -> None:
        """Start redacting a part's texts (str only) that are neither in the memo nor under way; its
        `collect_next` waits for them. Fewer than `min_texts` such texts: nothing is sent (the normaliser
        redacts them itself). In-process: nothing at all."""
        if not self.parallel:
            return
        memo, under_way = self.memo, self._under_way
        new = [t for t in texts if isinstance(t, str) and t and t not in memo and t not in under_way]
        if len(new) < self.min_texts:
            self._tickets.append(self._sent)
            return
        if self._pool is None:
            context = _Context()
            context.set_forkserver_preload(_PRELOAD)
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_ignore_interrupt)
        for start in range(0, len(new), BATCH_TEXTS):
            batch = new[start : start + BATCH_TEXTS]
            self._pending.append((batch, self._pool.submit(self._func, batch)))
            self._sent += 1
        self._under_way.update(new)
        self._tickets.append(self._sent)

    def collect_next(self) -> None:
        """Wait for the oldest sent part's batches (and those before them) and put their texts into the
        memo; a worker's error is raised here. Nothing sent: nothing to wait for."""
        if not self._tickets:
            return
        ticket = self._tickets.popleft()
        while self._done < ticket:
            batch, future = self._pending[0]
            redacted = future.result()
            self._pending.popleft()
            self._done += 1
            self._under_way.difference_update(batch)
            self.memo.update(zip(batch, redacted, strict=True))

    def close(self, cancel: bool = False) -> None:
        """Shut the pool down and join its processes (`cancel`: batches not started are dropped)."""
        pool, self._pool = self._pool, None
        self._pending.clear()
        self._tickets.clear()
        self._under_way.clear()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=cancel)


@contextmanager
def pooled(
    memo: dict[str, str | None], workers: int, func: RedactBatch = redact_batch
) -> Iterator[Redactions]:
    """`Redactions` whose pool is shut down (and its processes joined) when the block is left, however."""
    redactions = Redactions(memo, workers, MIN_TEXTS, func)
    try:
        yield redactions
    except BaseException:
        redactions.close(cancel=True)
        raise
    redactions.close()
