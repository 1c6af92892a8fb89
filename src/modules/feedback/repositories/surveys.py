"""All ORM access of feedback's surveys: definitions and versions, dues, responses, results."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q

from modules.feedback.domain.surveys import Answer, DueStatus, Question, VersionStatus, questions_from_raw
from modules.feedback.models import Survey, SurveyAnswer, SurveyDue, SurveyResponse, SurveyVersion


@dataclass(frozen=True)
class VersionView:
    id: int
    survey_id: int
    number: int
    status: str
    questions: tuple[Question, ...]
    created_at: datetime
    published_at: datetime | None
    responses: int = 0


@dataclass(frozen=True)
class SurveyView:
    id: int
    title: str
    moment: str
    audience: str
    is_active: bool
    created_at: datetime
    updated_at: datetime
    published_version: int | None  # its number, None before the first publish
    draft_version: int | None


@dataclass(frozen=True)
class DueView:
    id: int
    survey_id: int
    user_id: int
    reason: str
    status: str
    due_at: datetime
    closed_at: datetime | None
    title: str
    version: VersionView | None  # the published version (what the person answers now)


def _questions(raw: Any) -> tuple[Question, ...]:
    return questions_from_raw(raw, loc=("stored",))


def _version(v: SurveyVersion, responses: int = 0) -> VersionView:
    return VersionView(
        v.pk, v.survey_id, v.number, v.status, _questions(v.questions), v.created_at, v.published_at, responses
    )


def _with_numbers():
    return Survey.objects.annotate(
        published_number=Max("versions__number", filter=Q(versions__status=VersionStatus.PUBLISHED)),
        draft_number=Max("versions__number", filter=Q(versions__status=VersionStatus.DRAFT)),
    )


def _survey(s: Survey) -> SurveyView:
    return SurveyView(
        s.pk, s.title, s.moment, s.audience, s.is_active, s.created_at, s.updated_at,
        s.published_number, s.draft_number,  # type: ignore[attr-defined]
    )  # fmt: skip


# --- definitions ----------------------------------------------------------------------------------


def create(
    *, title: str, moment: str, audience: str, questions: list[dict[str, Any]], by: int, at: datetime
) -> SurveyView:
    with transaction.atomic():
        s = Survey.objects.create(
            title=title, moment=moment, audience=audience, created_by_id=by, created_at=at, updated_at=at
        )
        SurveyVersion.objects.create(survey=s, number=1, questions=questions, status=VersionStatus.DRAFT, created_at=at)
    return get(s.pk)  # type: ignore[return-value]


def get(survey_id: int) -> SurveyView | None:
    s = _with_numbers().filter(pk=survey_id).first()
    return _survey(s) if s else None


def lock(survey_id: int) -> SurveyView | None:
    """The survey row locked (publishes and draft edits of one survey run one after the other)."""
    if not Survey.objects.select_for_update().filter(pk=survey_id).exists():
        return None
    return get(survey_id)


def listing(*, moment: str | None, limit: int, offset: int) -> tuple[list[SurveyView], int]:
    qs = Survey.objects.all()
    if moment is not None:
        qs = qs.filter(moment=moment)
    rows = _with_numbers().filter(pk__in=qs.values("pk")).order_by("-created_at", "-pk")[offset : offset + limit]
    return [_survey(s) for s in rows], qs.count()


def update(*, survey_id: int, fields: dict[str, Any], at: datetime) -> None:
    Survey.objects.filter(pk=survey_id).update(**fields, updated_at=at)


def delete(survey_id: int) -> None:
    Survey.objects.filter(pk=survey_id).delete()


def in_use(survey_id: int) -> bool:
    """Asked of anyone or answered: then it is closed (is_active False), not deleted."""
    return (
        SurveyDue.objects.filter(survey_id=survey_id).exists()
        or SurveyResponse.objects.filter(survey_id=survey_id).exists()
    )


def versions(survey_id: int) -> list[VersionView]:
    rows = SurveyVersion.objects.filter(survey_id=survey_id).annotate(n=Count("responses")).order_by("-number")
    return [_version(v, v.n) for v in rows]  # type: ignore[attr-defined]


def version(*, survey_id: int, number: int | None = None, status: str | None = None) -> VersionView | None:
    qs = SurveyVersion.objects.filter(survey_id=survey_id)
    if number is not None:
        qs = qs.filter(number=number)
    if status is not None:
        qs = qs.filter(status=status)
    v = qs.order_by("-number").first()
    return _version(v) if v else None


def draft_set(*, survey_id: int, questions: list[dict[str, Any]], at: datetime) -> None:
    """Replace the draft's questions, or start a draft after the highest version number."""
    updated = SurveyVersion.objects.filter(survey_id=survey_id, status=VersionStatus.DRAFT).update(
        questions=questions, created_at=at
    )
    if not updated:
        top = SurveyVersion.objects.filter(survey_id=survey_id).aggregate(top=Max("number"))["top"] or 0
        SurveyVersion.objects.create(
            survey_id=survey_id, number=top + 1, questions=questions, status=VersionStatus.DRAFT, created_at=at
        )


def publish_draft(*, survey_id: int, at: datetime) -> bool:
    """The draft becomes the published version; the one before is frozen. False without a draft.

    Call with the survey locked (`lock`)."""
    if not SurveyVersion.objects.filter(survey_id=survey_id, status=VersionStatus.DRAFT).exists():
        return False
    SurveyVersion.objects.filter(survey_id=survey_id, status=VersionStatus.PUBLISHED).update(
        status=VersionStatus.FROZEN
    )
    SurveyVersion.objects.filter(survey_id=survey_id, status=VersionStatus.DRAFT).update(
        status=VersionStatus.PUBLISHED, published_at=at
    )
    return True


# --- dues -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Askable:
    survey_id: int
    audience: str
    title: str


def askable(moment: str) -> list[Askable]:
    """Active surveys of a moment that have a published version."""
    rows = Survey.objects.filter(moment=moment, is_active=True, versions__status=VersionStatus.PUBLISHED).values_list(
        "pk", "audience", "title"
    )
    return [Askable(*row) for row in rows]


def dues_create(*, survey_id: int, user_ids: Iterable[int], reason: str, at: datetime) -> list[tuple[int, int]]:
    """Make the survey due for these people, once per person ever: (due id, user id) of the new ones.

    Concurrent calls for one person create one due (the unique constraint decides)."""
    wanted = list(dict.fromkeys(user_ids))
    if not wanted:
        return []
    existing = set(SurveyDue.objects.filter(survey_id=survey_id, user_id__in=wanted).values_list("user_id", flat=True))
    created = []
    for user_id in wanted:
        if user_id in existing:
            continue
        try:
            with transaction.atomic():
                due = SurveyDue.objects.create(survey_id=survey_id, user_id=user_id, reason=reason, due_at=at)
        except IntegrityError:
            continue  # made due meanwhile by a concurrent event
        created.append((due.pk, user_id))
    return created


def _due_views(rows: Sequence[SurveyDue], published: dict[int, SurveyVersion]) -> list[DueView]:
    return [
        DueView(
            d.pk,
            d.survey_id,
            d.user_id,
            d.reason,
            d.status,
            d.due_at,
            d.closed_at,
            d.survey.title,
            _version(published[d.survey_id]) if d.survey_id in published else None,
        )
        for d in rows
    ]


def _published_of(survey_ids: Iterable[int]) -> dict[int, SurveyVersion]:
    return {
        v.survey_id: v
        for v in SurveyVersion.objects.filter(survey_id__in=set(survey_ids), status=VersionStatus.PUBLISHED)
    }


def pending_of(*, user_id: int, limit: int, offset: int) -> tuple[list[DueView], int]:
    """The person's pending dues of active surveys with a published version, newest first."""
    qs = SurveyDue.objects.filter(
        user_id=user_id,
        status=DueStatus.PENDING,
        survey__is_active=True,
        survey__versions__status=VersionStatus.PUBLISHED,
    )
    rows = list(qs.select_related("survey").order_by("-due_at", "-pk")[offset : offset + limit])
    return _due_views(rows, _published_of(d.survey_id for d in rows)), qs.count()


def lock_due(due_id: int) -> DueView | None:
    # Only the due row: locking the joined survey too would make all its respondents wait on one row.
    d = SurveyDue.objects.select_for_update(of=("self",)).select_related("survey").filter(pk=due_id).first()
    if d is None:
        return None
    return _due_views([d], _published_of([d.survey_id]) if d.survey.is_active else {})[0]


def due_close(*, due_id: int, status: str, at: datetime) -> None:
    SurveyDue.objects.filter(pk=due_id).update(status=status, closed_at=at)


# --- responses ------------------------------------------------------------------------------------


def response_create(
    *, due_id: int, survey_id: int, version_id: int, user_id: int, answers: Sequence[Answer], at: datetime
) -> int:
    """Store a response and its answers as rows the database can count (call inside a transaction)."""
    response = SurveyResponse.objects.create(
        due_id=due_id, survey_id=survey_id, version_id=version_id, user_id=user_id, answered_at=at
    )
    rows = []
    for a in answers:
        common = {"response": response, "version_id": version_id, "question_key": a.question}
        if a.choices:
            rows += [SurveyAnswer(**common, choice_key=c) for c in a.choices]
        elif a.scale is not None:
            rows.append(SurveyAnswer(**common, scale=a.scale))
        else:
            rows.append(SurveyAnswer(**common, text=a.text))
    SurveyAnswer.objects.bulk_create(rows)
    return response.pk


def response_of_due(due_id: int) -> tuple[int, datetime, int] | None:
    """(response id, answered at, version number) of a due's response."""
    row = SurveyResponse.objects.filter(due_id=due_id).values_list("pk", "answered_at", "version__number").first()
    return row  # type: ignore[return-value]


# --- results (every figure counted by the database) -------------------------------------------------


@dataclass(frozen=True)
class Counts:
    respondents: int
    answered: dict[str, int]  # question -> responses that answered it
    choices: dict[tuple[str, str], int]  # (question, option) -> responses that chose it
    scales: dict[tuple[str, int], int]  # (question, value) -> how many


def counts(version_id: int) -> Counts:
    """Four grouped queries, whatever the number of responses."""
    # Erasure blanks a text answer: it no longer counts as an answer.
    answers = SurveyAnswer.objects.filter(version_id=version_id).filter(
        ~Q(choice_key="") | Q(scale__isnull=False) | ~Q(text="")
    )
    answered = answers.values_list("question_key").annotate(n=Count("response_id", distinct=True)).order_by()
    choices = answers.exclude(choice_key="").values_list("question_key", "choice_key")
    scales = answers.filter(scale__isnull=False).values_list("question_key", "scale")
    return Counts(
        respondents=SurveyResponse.objects.filter(version_id=version_id).count(),
        answered=dict(answered),
        choices={(q, c): n for q, c, n in choices.annotate(n=Count("pk")).order_by()},
        scales={(q, s): n for q, s, n in scales.annotate(n=Count("pk")).order_by()},
    )


@dataclass(frozen=True)
class TextAnswer:
    response_id: int
    question: str
    text: str
    answered_at: datetime


def texts(*, version_id: int, question: str | None, limit: int, offset: int) -> tuple[list[TextAnswer], int]:
    qs = SurveyAnswer.objects.filter(version_id=version_id).exclude(text="")
    if question is not None:
        qs = qs.filter(question_key=question)
    rows = qs.order_by("-response__answered_at", "-pk").values_list(
        "response_id", "question_key", "text", "response__answered_at"
    )
    return [TextAnswer(*row) for row in rows[offset : offset + limit]], qs.count()


def responses_for_export(version_id: int) -> Iterator[tuple[int, datetime, list[Answer]]]:
    """(response id, answered at, answers) per response, oldest first: two queries, streamed."""
    heads = SurveyResponse.objects.filter(version_id=version_id).order_by("pk").values_list("pk", "answered_at")
    answers = (
        SurveyAnswer.objects.filter(version_id=version_id)
        .order_by("response_id", "pk")
        .values_list("response_id", "question_key", "choice_key", "scale", "text")
        .iterator(chunk_size=2000)
    )
    pending = next(answers, None)
    for response_id, answered_at in list(heads):
        found: dict[str, Answer] = {}
        while pending is not None and pending[0] <= response_id:
            _, question, choice, scale, text = pending
            if pending[0] == response_id:
                before = found.get(question)
                if choice:
                    found[question] = Answer(question, choices=(*(before.choices if before else ()), choice))
                else:
                    found[question] = Answer(question, scale=scale, text=text)
            pending = next(answers, None)
        yield response_id, answered_at, list(found.values())


# --- personal data --------------------------------------------------------------------------------


def erase(user_id: int) -> None:
    """Dues go; responses stay counted but lose their person and their words."""
    SurveyAnswer.objects.filter(response__user_id=user_id).exclude(text="").update(text="")
    SurveyResponse.objects.filter(user_id=user_id).update(user=None, due=None)
    SurveyDue.objects.filter(user_id=user_id).delete()
    Survey.objects.filter(created_by_id=user_id).update(created_by=None)  # surveys staff wrote stay
