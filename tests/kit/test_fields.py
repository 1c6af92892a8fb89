"""kit.fields: the input rules, checked on the types themselves (the API tests check them per route)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import TypeAdapter, ValidationError

from kit.fields import (
    EARLIEST,
    LATEST,
    MAX_ID,
    AwareDatetime,
    Bool,
    DisplayName,
    Id,
    Int,
    ParamBool,
    ParamInt,
    Timezone,
    param_int,
)


def accepts(kind, value):
    return TypeAdapter(kind).validate_python(value)


def refuses(kind, value) -> None:
    with pytest.raises(ValidationError):
        TypeAdapter(kind).validate_python(value)


@pytest.mark.parametrize("value", ["true", 1, 0, "yes", 1.0])
def test_a_body_boolean_is_only_true_or_false(value):
    refuses(Bool, value)
    assert accepts(Bool, True) is True


@pytest.mark.parametrize("value", [True, 1.0, "1"])
def test_a_body_integer_is_only_an_integer(value):
    refuses(Int, value)
    assert accepts(Int, 3) == 3


def test_ids_are_positive_bigints():
    assert accepts(Id, MAX_ID) == MAX_ID
    refuses(Id, 0)
    refuses(Id, MAX_ID + 1)


@pytest.mark.parametrize("value", ["1.0", " 1", "1_000", "true", "0x10", "1" * 101])
def test_a_parameter_integer_is_decimal_digits(value):
    refuses(ParamInt, value)


def test_parameter_integers_and_their_bounds():
    assert accepts(ParamInt, "-12") == -12
    bounded = param_int(ge=1, le=10)
    assert accepts(bounded, "10") == 10
    refuses(bounded, "11")


@pytest.mark.parametrize("value", ["yes", "1", "on", "True"])
def test_a_parameter_boolean_is_true_or_false(value):
    refuses(ParamBool, value)
    assert accepts(ParamBool, "false") is False


def test_datetimes_are_aware_and_between_2000_and_2100():
    assert accepts(AwareDatetime, EARLIEST) == EARLIEST
    refuses(AwareDatetime, datetime(2030, 1, 1))  # naive
    refuses(AwareDatetime, LATEST)
    refuses(AwareDatetime, EARLIEST - timedelta(microseconds=1))
    # An offset that pushes it past the end of the calendar is a refusal, not an overflow.
    refuses(AwareDatetime, datetime(9999, 12, 31, 23, 30, tzinfo=timezone(timedelta(hours=-14))))
    assert accepts(AwareDatetime, "2030-01-01T10:00:00+02:00") == datetime(2030, 1, 1, 8, tzinfo=UTC)


def test_timezones_come_from_the_tz_database():
    assert accepts(Timezone, "Europe/Paris") == "Europe/Paris"
    for bad in ("Mars/Base", "", "x" * 65):
        refuses(Timezone, bad)


def test_display_names_need_a_visible_character():
    assert accepts(DisplayName, "Ana") == "Ana"
    for bad in ("", "   ", "\u200b", "x" * 61):
        refuses(DisplayName, bad)
