"""Compatibility scoring, pure: the rules, and the numpy path agreeing with the reference."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from modules.matching.domain.scoring import (
    Kind,
    Person,
    QuestionSpec,
    Response,
    encode_population,
    rank,
    score_pair,
    score_population,
)

QUESTIONS = (
    QuestionSpec("energy", Kind.SCALE),
    QuestionSpec("topics", Kind.MULTIPLE, ("music", "sport", "books", "games", "travel")),
    QuestionSpec("humour", Kind.SINGLE, ("dry", "silly", "dark")),
)


def person(
    pid,
    *,
    energy=3,
    topics=("music",),
    humour="dry",
    importance=3,
    mandatory=(),
    languages=("en",),
    hours=(),
    rating=None,
):
    responses = {
        "energy": Response(energy, importance, "energy" in mandatory),
        "topics": Response(tuple(topics), importance, "topics" in mandatory),
        "humour": Response(humour, importance, "humour" in mandatory),
    }
    return Person(pid, responses, frozenset(languages), frozenset(hours), rating)


def test_identical_people_with_shared_language_and_hours_score_high():
    hours = range(10, 20)
    result = score_pair(QUESTIONS, person(1, hours=hours), person(2, hours=hours, rating=5.0))
    assert result.score == 100
    assert {r.code for r in result.reasons} == {"answer_match", "shared_language", "schedule_overlap", "rating"}


def test_mandatory_mismatch_excludes_the_pair_from_either_side():
    user = person(1, humour="dry", mandatory=("humour",))
    assert score_pair(QUESTIONS, user, person(2, humour="silly")).excluded_by == "humour"
    friend = person(3, energy=5, mandatory=("energy",))
    assert score_pair(QUESTIONS, person(1, energy=3), friend).score == -1
    assert score_pair(QUESTIONS, person(1, energy=4), friend).score >= 0  # one step apart is not a mismatch


def test_each_side_weights_by_its_own_importance():
    # The user only cares about humour (matches); the friend only about energy (does not).
    user = Person(1, {"humour": Response("dry", 5), "energy": Response(1, 0)}, frozenset({"en"}))
    friend = Person(2, {"humour": Response("dry", 0), "energy": Response(5, 5)}, frozenset({"en"}))
    one_sided = score_pair(QUESTIONS, user, friend)
    both = score_pair(
        QUESTIONS, user, Person(2, {"humour": Response("dry", 5), "energy": Response(1, 5)}, frozenset({"en"}))
    )
    assert one_sided.score < both.score


def test_no_shared_language_costs_the_language_share():
    a = score_pair(QUESTIONS, person(1), person(2, languages=("en",)))
    b = score_pair(QUESTIONS, person(1), person(2, languages=("ja",)))
    assert a.score - b.score == 15


def test_score_is_deterministic_and_ranked_ties_by_id():
    friends = [person(i) for i in (5, 3, 9)]
    pop = encode_population(QUESTIONS, friends)
    scores = score_population(QUESTIONS, person(1), pop)
    assert rank(pop, scores, limit=10) == [(3, scores[1]), (5, scores[0]), (9, scores[2])]


_scale = st.integers(1, 5)
_topics = st.lists(st.sampled_from(QUESTIONS[1].options), max_size=5, unique=True).map(tuple)
_humour = st.sampled_from(QUESTIONS[2].options)


@st.composite
def people(draw, pid):
    responses = {}
    for q, values in (("energy", _scale), ("topics", _topics), ("humour", _humour)):
        if draw(st.booleans()) or q == "energy":
            responses[q] = Response(draw(values), draw(st.integers(0, 5)), draw(st.booleans()) and draw(st.booleans()))
    return Person(
        pid,
        responses,
        frozenset(draw(st.lists(st.sampled_from(["en", "es", "de", "ja"]), max_size=3))),
        frozenset(draw(st.lists(st.integers(0, 167), max_size=30))),
        draw(st.one_of(st.none(), st.floats(1.0, 5.0))),
    )


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_vectorised_scores_equal_the_reference_exactly(data):
    user = data.draw(people(0))
    friends = [data.draw(people(i)) for i in range(1, data.draw(st.integers(1, 8)) + 1)]
    pop = encode_population(QUESTIONS, friends)
    vector = score_population(QUESTIONS, user, pop).tolist()
    assert vector == [score_pair(QUESTIONS, user, f).score for f in friends]
