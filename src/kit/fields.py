"""Typed input fields shared by every module's HTTP schemas: the input rules, in one place.

Pydantic's lax mode turns `"yes"`, `"off"`, `0` and `1.0` into booleans and `true` or `1.0`
into integers, so `{"friend_id": true}` would book friend 1. API input is typed JSON: a
boolean is `true`/`false`, an integer is an integer. Path and query parameters are text by
nature, so there an integer must be written as decimal digits (`1.0`, ` 1`, `1_000` and
`true` are refused) and a boolean as `true` or `false` (not `yes`, `on`, `1`).

Datetimes carry a UTC offset (naive ones are refused) and lie between EARLIEST and LATEST:
far enough either way for any real use, far enough from the ends of the calendar that adding
a duration or removing an offset can never overflow (`9999-12-31T23:30:00-14:00` used to be a
500). Dates likewise.

It lives in the toolkit, not in core: it needs pydantic, and only API schemas (and the chat
socket's frames) use it. The rules underneath (timezone list, visible text) are plain Python in
core, for domain code too.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, Strict
from pydantic import AwareDatetime as _PydanticAwareDatetime
from pydantic_core import PydanticCustomError

from core.text import has_visible_character
from core.timezones import is_iana_timezone

# PostgreSQL bigint: larger ids cannot exist.
MAX_ID = 2**63 - 1

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)  # exclusive

# A boolean in a JSON body: `true` or `false`, nothing else.
Bool = Annotated[bool, Strict()]
# An integer in a JSON body: no booleans, no floats, no strings.
Int = Annotated[int, Strict()]
# The id of a stored row, in a JSON body.
Id = Annotated[int, Strict(), Field(ge=1, le=MAX_ID)]

# Decimal digits only. Numbers beyond 64 bits still parse (an id that large is simply not
# found); text longer than any sane number is refused before int() has to convert it.
_DECIMAL = re.compile(r"-?[0-9]{1,100}")


def _decimal_text(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _DECIMAL.fullmatch(value):
        return int(value)
    raise PydanticCustomError("int_parsing", "Input should be a whole number written in decimal digits")


# An integer in a path or query parameter.
ParamInt = Annotated[int, BeforeValidator(_decimal_text)]


def _boolean_text(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if value in ("true", "false"):
        return value == "true"
    raise PydanticCustomError("bool_parsing", "Input should be true or false")


# A boolean in a path or query parameter: `true` or `false`, as in JSON.
ParamBool = Annotated[bool, BeforeValidator(_boolean_text)]


def param_int(*, ge: int | None = None, le: int | None = None) -> Any:
    """ParamInt with bounds, for optional parameters: `param_int(ge=1) | None`.

    Bounds given on the field of an optional ParamInt still hold, but pydantic then writes
    them into the OpenAPI document as `ge`/`le` instead of `minimum`/`maximum`.
    """
    return Annotated[int, Field(ge=ge, le=le), BeforeValidator(_decimal_text)]


def _datetime_in_range(value: datetime) -> datetime:
    try:
        in_range = EARLIEST <= value.astimezone(UTC) < LATEST
    except OverflowError:  # the offset pushes it past the end (or start) of the calendar
        in_range = False
    if not in_range:
        raise PydanticCustomError(
            "datetime_out_of_range",
            "Datetime must lie between {earliest} and {latest}",
            {"earliest": EARLIEST.isoformat(), "latest": LATEST.isoformat()},
        )
    return value


def _date_in_range(value: date) -> date:
    if not EARLIEST.date() <= value < LATEST.date():
        raise PydanticCustomError(
            "date_out_of_range",
            "Date must lie between {earliest} and {latest}",
            {"earliest": EARLIEST.date().isoformat(), "latest": LATEST.date().isoformat()},
        )
    return value


# With a UTC offset (naive datetimes are refused), between EARLIEST and LATEST.
AwareDatetime = Annotated[_PydanticAwareDatetime, AfterValidator(_datetime_in_range)]
Date = Annotated[date, AfterValidator(_date_in_range)]


def _iana_timezone(value: str) -> str:
    if not is_iana_timezone(value):
        raise PydanticCustomError("timezone", "Must be an IANA timezone name such as 'Europe/Paris'")
    return value


Timezone = Annotated[str, Field(min_length=1, max_length=64), AfterValidator(_iana_timezone)]


def _visible(value: str) -> str:
    if not has_visible_character(value):
        raise PydanticCustomError("blank", "Must contain at least one visible character")
    return value


DisplayName = Annotated[str, Field(min_length=1, max_length=60), AfterValidator(_visible)]
