"""Ports matching needs, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from kit.wiring import wired
from modules.matching.services.ports import MatchingJobs


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    return wired(clock, port="clock", module=__name__)


@inject
def jobs(jobs: MatchingJobs = Provide["matching_jobs"]) -> MatchingJobs:
    return wired(jobs, port="matching_jobs", module=__name__)
