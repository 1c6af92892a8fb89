"""Which timezone names we accept: the IANA tz database's zone list, as shipped by the pinned
`tzdata` package.

`zoneinfo.available_timezones()` also lists whatever files the operating system keeps in
/usr/share/zoneinfo, among them `posixrules`, `localtime` and the `right/` and `posix/` trees:
not places, and not portable between machines. The tzdata package's list is the database's own
(canonical zones plus their backward-compatible links such as `US/Eastern`), the same on every
machine. `Factory` is in it too, but it is a placeholder, not a place.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

NOT_A_PLACE = frozenset({"Factory"})


@cache
def iana_timezones() -> frozenset[str]:
    names = resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8").split()
    return frozenset(names) - NOT_A_PLACE


def is_iana_timezone(name: str) -> bool:
    return name in iana_timezones()
