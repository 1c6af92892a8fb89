"""Profile rules, pure Python (no Django): what a valid profile is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from core.errors import FieldProblem, InvalidInput
from core.identity import Role
from core.timezones import is_iana_timezone

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
    is_favourite: bool = False  # for the person reading it (matching owns favourites)
    never_record: bool = False


def validate_timezone(name: str) -> str:
    # The tz database's own list: not the operating system's extra files (posixrules, localtime, right/...).
    if not is_iana_timezone(name):
        raise InvalidInput(
            "Unknown timezone", errors=[FieldProblem(("body", "timezone"), "must be an IANA timezone name")]
        )
    return name


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


MAX_HEADLINE = 120
MAX_WEEKLY_CAPACITY = 80
# Lower-case ISO 4217, the same shape core.money.Money insists on.
_CURRENCY = re.compile(r"^[a-z]{3}$")


def validate_language_code(code: str, *, loc: tuple[str | int, ...]) -> str:
    """One language code used as a filter (same shape as the profile's languages)."""
    if not _LANGUAGE.match(code):
        raise InvalidInput("Invalid language code", errors=[FieldProblem(loc, "must be a language code like 'en'")])
    return code


def validate_session_type(value: str, *, loc: tuple[str | int, ...]) -> str:
    if value not in SESSION_TYPES:
        raise InvalidInput(
            "Invalid session type", errors=[FieldProblem(loc, f"must be one of {', '.join(SESSION_TYPES)}")]
        )
    return value


def friend_profile_merge(current: FriendProfileView, changes: dict[str, Any]) -> dict[str, Any]:
    """Apply a partial edit to a friend's offer and check the result as a whole.

    The offer fields depend on each other (every offered type needs a price), so a PATCH of
    one of them is validated against the merged result. Returns the full set of stored fields.
    Every problem is reported at once.
    """
    merged: dict[str, Any] = {
        "headline": current.headline,
        "session_types": list(current.session_types),
        "prices_minor": dict(current.prices_minor),
        "currency": current.currency,
        "session_lengths_minutes": list(current.session_lengths_minutes),
        "weekly_capacity": current.weekly_capacity,
        "is_accepting": current.is_accepting,
        "never_record": current.never_record,
    }
    merged.update(changes)
    problems: list[FieldProblem] = []
    headline = str(merged["headline"]).strip()
    if len(headline) > MAX_HEADLINE:
        problems.append(FieldProblem(("body", "headline"), f"at most {MAX_HEADLINE} characters"))
    if not _CURRENCY.match(str(merged["currency"])):
        problems.append(FieldProblem(("body", "currency"), "must be a lower-case ISO 4217 code, e.g. 'usd'"))
    capacity = merged["weekly_capacity"]
    if not isinstance(capacity, int) or not 0 <= capacity <= MAX_WEEKLY_CAPACITY:
        problems.append(FieldProblem(("body", "weekly_capacity"), f"must be between 0 and {MAX_WEEKLY_CAPACITY}"))
    offer: tuple[tuple[str, ...], dict[str, int], tuple[int, ...]] | None = None
    try:
        offer = validate_friend_offer(
            session_types=merged["session_types"],
            prices_minor=merged["prices_minor"],
            session_lengths=merged["session_lengths_minutes"],
        )
    except InvalidInput as exc:
        problems.extend(exc.errors)
    if merged["is_accepting"] and offer is not None and not offer[0]:
        problems.append(FieldProblem(("body", "session_types"), "offer at least one session type to accept bookings"))
    if problems or offer is None:
        raise InvalidInput("Invalid friend profile", errors=problems)
    types, prices, lengths = offer
    return {
        "headline": headline,
        "session_types": list(types),
        "prices_minor": prices,
        "currency": merged["currency"],
        "session_lengths_minutes": list(lengths),
        "weekly_capacity": capacity,
        "is_accepting": bool(merged["is_accepting"]),
        "never_record": bool(merged["never_record"]),
    }
