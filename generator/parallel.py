"""`fork_map`: a pure step of the build shared between this process and forked workers.

Finding every seed's mentions, comparing every claim's quotes and
analysing every claim are each a function of one item and of the corpus,
which is large and already in memory.  A forked worker sees the corpus as
it is, without pickling it; only the results come back (small records,
pickled).  This process works on its own share meanwhile, so on two cores
the step takes about half the time.

Small inputs, one core, or a platform without ``fork`` run in this process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 500
"""Fewer items than this are done in this process: a fork costs more than it saves."""


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def fork_map(function: Callable[[T], R], items: Sequence[T], jobs: int = 0, min_items: int | None = None) -> list[R]:
    """``[function(item) for item in items]``, the items shared out between
    this process and ``jobs - 1`` forked workers (0: one job per core).
    ``function`` may read anything in memory; it must not change it (a
    worker's changes are lost) and its results must pickle."""
    jobs = jobs or available_cores()
    if jobs < 2 or len(items) < (MIN_ITEMS if min_items is None else min_items) or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    # The workers would otherwise touch (and so copy) every object when they
    # collect.  No collection first: over a corpus of millions of objects a
    # full one takes seconds, every call, and the collector finds the same
    # garbage after `unfreeze`.
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(jobs - 1, context, _adopt, (function, items, jobs)) as pool:
            shares = [pool.submit(_share, k) for k in range(1, jobs)]
            mine = [function(item) for item in items[0::jobs]]
            others = [share.result() for share in shares]
    finally:
        gc.unfreeze()
    results: list[Any] = [None] * len(items)
    for k, share in enumerate([mine, *others]):
        results[k::jobs] = share
    return results


_SHARED: tuple[Callable[[Any], Any], Sequence[Any], int] | None = None
"""In a worker: the function, the items and the number of shares, inherited at the fork."""


def _adopt(function: Callable[[Any], Any], items: Sequence[Any], jobs: int) -> None:
    global _SHARED
    _SHARED = (function, items, jobs)


def _share(k: int) -> list[Any]:
    """Every ``jobs``-th item from ``k``: big and small items spread evenly."""
    assert _SHARED is not None
    function, items, jobs = _SHARED
    return [function(item) for item in items[k::jobs]]
