"""The numpy columns: decoding a row gives back what was scored; ranking, filters, waking hours."""

from __future__ import annotations

from datetime import date

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from modules.matching.domain.candidates import (
    Filters,
    FriendEntry,
    best_rows,
    build_candidates,
    filter_mask,
    person_at,
    rows_of,
    waking_hours_utc,
)
from modules.matching.domain.scoring import score_pair, score_population
from tests.modules.matching.domain.test_scoring import QUESTIONS, people, person


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_a_decoded_row_scores_exactly_as_its_column(data):
    user = data.draw(people(0))
    friends = [data.draw(people(i)) for i in range(1, data.draw(st.integers(1, 6)) + 1)]
    c = build_candidates(QUESTIONS, [FriendEntry(f, ("text",), {"text": 100}) for f in friends])
    vector = score_population(QUESTIONS, user, c.pop)
    for row in range(len(c)):
        assert score_pair(QUESTIONS, user, person_at(QUESTIONS, c, row)).score == vector[row]


def test_best_rows_breaks_ties_by_lower_id_and_skips_excluded():
    scores = np.array([50, 80, 80, -1, 90])
    allowed = np.array([True, True, True, True, False])
    assert best_rows(scores, allowed, 2).tolist() == [1, 2]
    assert best_rows(scores, allowed, 10).tolist() == [1, 2, 0]


def test_filters_and_rows_of():
    entries = [
        FriendEntry(person(3, languages=("en",)), ("text",), {"text": 500}),
        FriendEntry(person(1, languages=("es",)), ("video",), {"video": 3000}),
    ]
    c = build_candidates(QUESTIONS, entries)
    assert c.pop.ids.tolist() == [1, 3]  # ordered by id
    assert filter_mask(c, Filters(session_type="text")).tolist() == [False, True]
    assert filter_mask(c, Filters(language="es")).tolist() == [True, False]
    assert filter_mask(c, Filters(language="fr")).tolist() == [False, False]
    assert filter_mask(c, Filters(max_price_minor=1000)).tolist() == [False, True]
    assert filter_mask(c, Filters(session_type="video", max_price_minor=3000)).tolist() == [True, False]
    assert rows_of(c, [3, 99]).tolist() == [1]


def test_waking_hours_follow_the_users_timezone():
    monday = date(2030, 3, 4)
    utc = waking_hours_utc("UTC", week_start=monday)
    assert 8 in utc
    assert 21 in utc
    assert 22 not in utc
    assert 7 not in utc
    tokyo = waking_hours_utc("Asia/Tokyo", week_start=monday)  # UTC+9: 08:00 local = 23:00 UTC the day before
    assert 167 in tokyo
    assert 0 in tokyo
    assert 13 not in tokyo
