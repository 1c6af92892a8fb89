"""Profile rules, pure Python (no Django): what a valid profile is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from core.errors import FieldProblem, InvalidInput
from core.identity import Role

SESSION_TYPES = ("text", "voice", "video")
# BCP 47 primary language subtag with an optional region: "en", "pt-BR".
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")
MAX_LANGUAGES = 10
MAX_PRICE_MINOR = 1_000_000  # 10,000.00 in the currency's major unit


@dataclass(frozen=True)
class ProfileView:
    user_id: int
    email: str
    role: Role
    display_name: str
    bio: str
    languages: tuple[str, ...]
    timezone: str
    avatar_key: str
    is_active: bool


@dataclass(frozen=True)
class FriendProfileView:
    user_id: int
    display_name: str
    bio: str
    languages: tuple[str, ...]
    timezone: str
    avatar_key: str
    headline: str
    session_types: tuple[str, ...]
    prices_minor: dict[str, int] = field(default_factory=dict)
    currency: str = "usd"
    session_lengths_minutes: tuple[int, ...] = (30, 60)
    weekly_capacity: int = 10
    is_accepting: bool = True


def validate_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(
            "Unknown timezone", errors=[FieldProblem(("body", "timezone"), "must be an IANA timezone name")]
        ) from exc
    if name not in _known_timezones():
        raise InvalidInput(
            "Unknown timezone", errors=[FieldProblem(("body", "timezone"), "must be an IANA timezone name")]
        )
    return name


_TZ_CACHE: frozenset[str] | None = None


def _known_timezones() -> frozenset[str]:
    global _TZ_CACHE
    if _TZ_CACHE is None:
        _TZ_CACHE = frozenset(available_timezones())
    return _TZ_CACHE


def validate_languages(codes: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for i, code in enumerate(codes):
        if not _LANGUAGE.match(code):
            raise InvalidInput(
                "Invalid language code",
                errors=[FieldProblem(("body", "languages", i), "must be a language code like 'en' or 'pt-BR'")],
            )
        if code not in out:
            out.append(code)
    if len(out) > MAX_LANGUAGES:
        raise InvalidInput(
            "Too many languages",
            errors=[FieldProblem(("body", "languages"), f"at most {MAX_LANGUAGES} languages")],
        )
    return tuple(out)


def validate_friend_offer(
    *, session_types: Iterable[str], prices_minor: dict[str, int], session_lengths: Iterable[int]
) -> tuple[tuple[str, ...], dict[str, int], tuple[int, ...]]:
    types = tuple(dict.fromkeys(session_types))
    problems = [
        FieldProblem(("body", "session_types", i), f"must be one of {', '.join(SESSION_TYPES)}")
        for i, t in enumerate(types)
        if t not in SESSION_TYPES
    ]
    for t, price in prices_minor.items():
        if t not in types:
            problems.append(FieldProblem(("body", "prices_minor", t), "priced type is not offered"))
        elif not 0 <= price <= MAX_PRICE_MINOR:
            problems.append(FieldProblem(("body", "prices_minor", t), f"must be between 0 and {MAX_PRICE_MINOR}"))
    missing = [t for t in types if t not in prices_minor]
    problems += [FieldProblem(("body", "prices_minor", t), "every offered type needs a price") for t in missing]
    lengths = tuple(sorted(set(session_lengths)))
    if not lengths or any(n not in (15, 30, 45, 60, 90, 120) for n in lengths):
        problems.append(FieldProblem(("body", "session_lengths_minutes"), "choose from 15, 30, 45, 60, 90, 120"))
    if problems:
        raise InvalidInput("Invalid friend offer", errors=problems)
    return types, dict(prices_minor), lengths
