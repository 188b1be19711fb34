"""Where a run's partitions execute: in this process (``local``) or on a Dask cluster (``dask``).

An engine maps :func:`newsgold.runs.partitions.run_partition` over partitions and yields the
results *in partition order*, holding at most a small window of partitions in flight, so
memory is bounded by a few partitions whatever the corpus size.  The local engine extracts with
:class:`~newsgold.runs.execute.Extraction` (``--jobs`` processes); the Dask engine ships each
partition to a worker, which resolves the extractor spec itself.  Both finish and score through
the same function, so their run files are byte-identical.

Dask is imported only here, and only when the Dask engine is used.  Without ``--scheduler`` it
starts a ``LocalCluster`` bound to 127.0.0.1 with its dashboard off: no outbound connection.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from newsgold.errors import NewsgoldError
from newsgold.runs.partitions import Job, Partition, PartitionResult, finish, run_partition

CONNECT_TIMEOUT_S = 10
MAX_WORKERS = 1024  # local cluster processes: more is a typo, not a machine


class EngineError(NewsgoldError):
    """The engine could not run: a scheduler that does not answer, workers that cannot serve the
    run (newsgold missing, workspace unreadable), a worker that died."""


@dataclass
class EngineSpec:
    """What ``newsgold run --engine/--scheduler/--workers`` asked for."""

    name: str = "local"  # "local" or "dask"
    scheduler: str | None = None  # tcp://host:port of an existing Dask scheduler
    workers: int = 2  # LocalCluster workers when no scheduler is given
    partition_size: int = 1000  # documents per partition
    connect_timeout: float = CONNECT_TIMEOUT_S  # seconds to reach --scheduler


class LocalEngine:
    """Partitions one after another in this process; extraction in ``jobs`` processes."""

    name = "local"

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = jobs

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    @property
    def parallelism(self) -> int:
        return self.jobs

    def map(self, job: Job, parts: Iterable[Partition], extraction: Any) -> Iterator[PartitionResult]:
        """``extraction``: an open :class:`~newsgold.runs.execute.Extraction`, or None when every
        prediction is given (cross-validated extractors, extracted fold by fold beforehand)."""
        import time

        for part in parts:
            t0 = time.perf_counter()
            if extraction is None:
                yield run_partition(job, part)
                continue
            preds, stats = extraction.batch(part.docs)
            # the local engine reads and writes the cache itself (in Extraction): nothing is new here
            yield finish(job, part, preds, {}, stats.cached, t0, stats.extracted)


def scheduler_address(address: str) -> tuple[str, int]:
    """(host, port) of a ``--scheduler`` address, refused before Dask sees it: a Client made on
    ``http://...`` or a word without a port failed, then its ``__del__`` waited 20 s at exit and
    printed a traceback."""
    import re

    m = re.fullmatch(r"(?:(tcp|tls|ws|wss|ucx)://)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):([0-9]{1,5})/?", address.strip())
    if m is None or not 0 < int(m.group(3)) < 65536:
        raise EngineError(
            f"--scheduler {address!r} is not a Dask scheduler address: give tcp://HOST:PORT (or tls://, ws://, wss://, ucx://;"
            " port 1-65535, as `dask scheduler` prints it)"
        )
    return m.group(2), int(m.group(3))


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl-C (and SIGTERM, which the CLI turns into one) held while a local cluster starts or
    stops, then raised as the ``KeyboardInterrupt`` it is.  Interrupted half-way, the cluster was
    left half-made, and Dask's exit hook printed a traceback closing it (``Status.init``).  Only
    in the main thread, where signal handlers live."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    before = {signum: signal.getsignal(signum) for signum in held}
    for signum in held:
        signal.signal(signum, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
    if caught:
        raise KeyboardInterrupt


class DaskEngine:
    """Partitions as futures on a Dask cluster: a LocalCluster on 127.0.0.1, or ``scheduler``."""

    name = "dask"

    def __init__(self, spec: EngineSpec, root: str) -> None:
        self.spec, self.root = spec, root
        self.client: Any = None
        self.cluster: Any = None

    def __enter__(self) -> DaskEngine:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("--engine dask needs Dask: pip install 'newsgold[dask]'") from None
        if self.spec.scheduler:
            scheduler_address(self.spec.scheduler)  # refused here, before Dask sees it
            try:
                self.client = Client(self.spec.scheduler.strip(), timeout=self.spec.connect_timeout, set_as_default=False)
            except (OSError, TimeoutError, ValueError, TypeError) as e:
                raise EngineError(
                    f"no Dask scheduler answers at {self.spec.scheduler!r} within {self.spec.connect_timeout:g} s ({type(e).__name__}: {e}): "
                    "give the address a running `dask scheduler` prints (tcp://HOST:PORT), or leave --scheduler out to start a local cluster"
                ) from None
        else:
            try:
                with interrupts_held():
                    self.cluster = LocalCluster(
                        n_workers=self.spec.workers,
                        threads_per_worker=1,
                        processes=True,
                        host="127.0.0.1",
                        dashboard_address=None,  # no dashboard; the scheduler's health/metrics HTTP server on loopback, any free port:
                        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                        worker_dashboard_address=None,
                        silence_logs=50,
                    )
                    self.client = Client(self.cluster, set_as_default=False)
            except BaseException:
                self.__exit__()
                raise
        try:
            self._check_workers()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        with interrupts_held():
            if self.client is not None:
                self.client.close()
                self.client = None
            if self.cluster is not None:
                self.cluster.close()
                self.cluster = None

    @property
    def parallelism(self) -> int:
        return max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {}))) if self.client else self.spec.workers

    def _check_workers(self) -> None:
        """Every worker must import this newsgold and read the workspace at the same path."""
        from newsgold import __version__

        if not self.client.scheduler_info(n_workers=-1).get("workers"):
            self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S * 3)
        try:
            seen = self.client.run(_probe, self.root)
        except Exception as e:
            raise EngineError(
                f"the Dask workers cannot run newsgold ({type(e).__name__}: {e}): install newsgold {__version__} on every worker"
            ) from None
        for worker, (version, readable) in sorted(seen.items()):
            if version != __version__:
                raise EngineError(
                    f"Dask worker {worker} has newsgold {version}, this client {__version__}: install the same version on every worker"
                )
            if not readable:
                raise EngineError(
                    f"Dask worker {worker} cannot read the workspace at {self.root}: "
                    "workers need it at the same path (a shared file system) or a copy there"
                )

    def map(self, job: Job, parts: Iterable[Partition], extraction: Any) -> Iterator[PartitionResult]:
        from distributed import as_completed

        window = max(2, 2 * self.parallelism)
        pending: dict[Any, Partition] = {}
        ready: dict[int, PartitionResult] = {}
        next_index = 0
        source = iter(parts)
        done = as_completed(loop=self.client.loop)

        def submit() -> bool:
            part = next(source, None)
            if part is None:
                return False
            future = self.client.submit(run_partition, job, part, key=f"newsgold-partition-{job.name}-{part.index}-{id(self)}", pure=False)
            pending[future] = part
            done.add(future)
            return True

        while len(pending) < window and submit():
            pass
        try:
            for future in done:
                part = pending.pop(future)
                ready[part.index] = self._result(future, part)
                submit()
                while next_index in ready:
                    yield ready.pop(next_index)
                    next_index += 1
        finally:
            for future in pending:
                future.cancel()

    @staticmethod
    def _result(future: Any, part: Partition) -> PartitionResult:
        from distributed import KilledWorker

        try:
            result: PartitionResult = future.result()
        except NewsgoldError:
            raise  # an ExtractorError names its document; it comes back from the worker as it was raised
        except KilledWorker as e:
            raise EngineError(
                f"Dask workers died running {part.where()} ({e}): out of memory, or a crash in the extractor; "
                "`newsgold run --engine local` names the document that fails and why"
            ) from None
        except Exception as e:
            raise EngineError(f"{part.where()} failed on a Dask worker: {type(e).__name__}: {e}") from None
        return result


def _probe(root: str) -> tuple[str, bool]:
    import os

    from newsgold import __version__

    return __version__, os.access(root, os.R_OK) and os.path.isdir(root)


def open_engine(spec: EngineSpec, jobs: int, root: str) -> LocalEngine | DaskEngine:
    if spec.name == "local":
        if spec.scheduler:
            raise EngineError("--scheduler needs --engine dask")
        return LocalEngine(jobs)
    if spec.name == "dask":
        if not 1 <= spec.workers <= MAX_WORKERS:  # 2**63 kept starting worker processes until killed
            raise EngineError(f"--workers must be between 1 and {MAX_WORKERS} (worker processes of the local cluster), got {spec.workers}")
        return DaskEngine(spec, root)
    raise EngineError(f"unknown engine {spec.name!r}: choose local or dask")
