"""Ports matching needs, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from modules.matching.services.ports import MatchingJobs


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    return clock


@inject
def jobs(jobs: MatchingJobs = Provide["matching_jobs"]) -> MatchingJobs:
    if isinstance(jobs, Provide):  # not wired: fail loudly instead of passing a marker around
        raise RuntimeError("modules.matching.dependencies is not wired to the container")
    return jobs
