"""Half-open UTC time intervals [start, end) and the set operations availability needs.

Half-open so that back-to-back sessions (10:00–11:00 and 11:00–12:00) do not overlap,
exactly like PostgreSQL's `tstzrange(start, end, '[)')`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True, order=True)
class Interval:
    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("Interval needs aware datetimes")
        if self.end <= self.start:
            raise ValueError("Interval end must be after its start")

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def overlaps(self, other: Interval) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Interval) -> bool:
        return self.start <= other.start and other.end <= self.end

    def widened(self, by: timedelta) -> Interval:
        return Interval(self.start - by, self.end + by)


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, non-overlapping union (touching intervals are joined)."""
    out: list[Interval] = []
    for iv in sorted(intervals):
        if out and iv.start <= out[-1].end:
            if iv.end > out[-1].end:
                out[-1] = Interval(out[-1].start, iv.end)
        else:
            out.append(iv)
    return out


def subtract(base: Iterable[Interval], holes: Iterable[Interval]) -> list[Interval]:
    """`base` minus every hole, as a sorted merged list."""
    result = merge(base)
    for hole in merge(holes):
        next_result: list[Interval] = []
        for iv in result:
            if not iv.overlaps(hole):
                next_result.append(iv)
                continue
            if iv.start < hole.start:
                next_result.append(Interval(iv.start, hole.start))
            if hole.end < iv.end:
                next_result.append(Interval(hole.end, iv.end))
        result = next_result
    return result


def clip(intervals: Iterable[Interval], window: Interval) -> list[Interval]:
    out = []
    for iv in intervals:
        if iv.overlaps(window):
            out.append(Interval(max(iv.start, window.start), min(iv.end, window.end)))
    return out
