"""Use cases of surveys: staff define, version, publish, target and read results; people see what is
due, answer once or dismiss; moments elsewhere in the platform make surveys due."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction

from core import events
from core.errors import Conflict, FieldProblem, InvalidInput, NotFound, PermissionDenied, RuleViolated
from core.identity import Actor
from core.pagination import Page, PageRequest
from modules.accounts.public import people_basics
from modules.feedback.domain import surveys as rules
from modules.feedback.domain.surveys import DueStatus, Moment, QuestionKind, VersionStatus
from modules.feedback.repositories import surveys as repo
from modules.feedback.repositories.surveys import DueView, SurveyView, TextAnswer, VersionView
from modules.notifications.public import NotificationKind, notify

MAX_TARGETS = 500  # people per manual targeting call


def _require_staff(actor: Actor) -> None:
    if not actor.is_staff:
        raise PermissionDenied("Staff only.")


def _survey_or_404(survey_id: int) -> SurveyView:
    survey = repo.get(survey_id)
    if survey is None:
        raise NotFound("No such survey.")
    return survey


def _staff_acted(actor: Actor, action: str, survey_id: int, now: datetime) -> None:
    events.publish(
        events.StaffActed(actor_id=actor.user_id, action=action, target_type="survey", target_id=survey_id, at=now)
    )


# --- staff: definitions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyDetail:
    survey: SurveyView
    versions: list[VersionView]  # newest first, each with its response count


def survey_create(
    *, actor: Actor, title: str, moment: str, audience: str, questions: list[dict[str, Any]], now: datetime
) -> SurveyDetail:
    """A new survey with its questions as draft version 1 (nobody is asked before it is published)."""
    _require_staff(actor)
    stored = rules.questions_to_raw(rules.questions_from_raw(questions))
    with transaction.atomic():
        survey = repo.create(
            title=title.strip(), moment=moment, audience=audience, questions=stored, by=actor.user_id, at=now
        )
        _staff_acted(actor, "survey.create", survey.id, now)
    return SurveyDetail(survey, repo.versions(survey.id))


def survey_get(*, actor: Actor, survey_id: int) -> SurveyDetail:
    _require_staff(actor)
    return SurveyDetail(_survey_or_404(survey_id), repo.versions(survey_id))


def surveys_list(*, actor: Actor, moment: str | None, page: PageRequest) -> Page[SurveyView]:
    _require_staff(actor)
    items, total = repo.listing(moment=moment, limit=page.limit, offset=page.offset)
    return Page(items, total, page.limit, page.offset)


def survey_update(
    *, actor: Actor, survey_id: int, title: str | None, audience: str | None, is_active: bool | None, now: datetime
) -> SurveyDetail:
    """Rename, change whose moments it follows, close (is_active false: pending dues are hidden,
    no new ones) or reopen. The moment is fixed: dues already made answer to it."""
    _require_staff(actor)
    fields: dict[str, Any] = {}
    if title is not None:
        fields["title"] = title.strip()
    if audience is not None:
        fields["audience"] = audience
    if is_active is not None:
        fields["is_active"] = is_active
    with transaction.atomic():
        if repo.lock(survey_id) is None:
            raise NotFound("No such survey.")
        if fields:
            repo.update(survey_id=survey_id, fields=fields, at=now)
            _staff_acted(actor, "survey.update", survey_id, now)
    return survey_get(actor=actor, survey_id=survey_id)


def survey_delete(*, actor: Actor, survey_id: int, now: datetime) -> None:
    """Only a survey nobody was asked: afterwards it is closed instead (answers are kept)."""
    _require_staff(actor)
    with transaction.atomic():
        if repo.lock(survey_id) is None:
            raise NotFound("No such survey.")
        if repo.in_use(survey_id):
            raise Conflict("People were asked this survey: close it instead (is_active false).", code="survey_in_use")
        repo.delete(survey_id)
        _staff_acted(actor, "survey.delete", survey_id, now)


def survey_draft_set(*, actor: Actor, survey_id: int, questions: list[dict[str, Any]], now: datetime) -> SurveyDetail:
    """Replace the draft's questions (a new draft after the published version if there is none).
    Published and frozen versions never change."""
    _require_staff(actor)
    stored = rules.questions_to_raw(rules.questions_from_raw(questions))
    with transaction.atomic():
        if repo.lock(survey_id) is None:
            raise NotFound("No such survey.")
        repo.draft_set(survey_id=survey_id, questions=stored, at=now)
        _staff_acted(actor, "survey.draft", survey_id, now)
    return survey_get(actor=actor, survey_id=survey_id)


def survey_publish(*, actor: Actor, survey_id: int, now: datetime) -> SurveyDetail:
    """The draft becomes the version people answer; the previous one is frozen (its answers stay
    with it). 409 `survey_no_draft` when there is nothing to publish."""
    _require_staff(actor)
    with transaction.atomic():
        if repo.lock(survey_id) is None:
            raise NotFound("No such survey.")
        if not repo.publish_draft(survey_id=survey_id, at=now):
            raise Conflict("There is no draft to publish: save one first.", code="survey_no_draft")
        _staff_acted(actor, "survey.publish", survey_id, now)
    return survey_get(actor=actor, survey_id=survey_id)


@dataclass(frozen=True)
class Targeted:
    asked: int  # new dues
    already: int  # asked before (once per person per survey)
    unknown: list[int]  # no such active person


def survey_target(*, actor: Actor, survey_id: int, user_ids: Sequence[int], now: datetime) -> Targeted:
    """Manual surveys: staff make it due for people by id (once per person; repeats are ignored)."""
    _require_staff(actor)
    survey = _survey_or_404(survey_id)
    if survey.moment != Moment.MANUAL:
        raise RuleViolated("Only manual surveys are targeted by hand.", code="survey_not_manual")
    if survey.published_version is None or not survey.is_active:
        raise RuleViolated("Publish the survey (and keep it open) before asking anyone.", code="survey_not_open")
    wanted = list(dict.fromkeys(user_ids))
    found = people_basics(wanted)
    unknown = [uid for uid in wanted if uid not in found or not found[uid].is_active]
    known = [uid for uid in wanted if uid not in unknown]
    with transaction.atomic():
        created = _ask(survey_id=survey_id, title=survey.title, user_ids=known, reason="manual", now=now)
        _staff_acted(actor, "survey.target", survey_id, now)
    return Targeted(asked=len(created), already=len(known) - len(created), unknown=unknown)


# --- moments: what makes a survey due -------------------------------------------------------------


def _ask(*, survey_id: int, title: str, user_ids: Iterable[int], reason: str, now: datetime) -> list[tuple[int, int]]:
    created = repo.dues_create(survey_id=survey_id, user_ids=user_ids, reason=reason, at=now)
    for due_id, user_id in created:
        notify(
            user_id=user_id,
            key=f"survey-due:{due_id}",
            kind=NotificationKind.FEEDBACK_REQUEST,
            title="A quick question for you",
            body=f"{title}: it takes a minute, and you can skip it.",
            data={"survey_due_id": str(due_id)},
        )
    return created


def moment_has_surveys(moment: Moment) -> bool:
    """Whether any open survey follows this moment (callers skip their own look-ups when none does)."""
    return bool(repo.askable(moment))


def moment_reached(*, moment: Moment, people: Mapping[int, str], reason: str, now: datetime) -> int:
    """`people` (user id -> their side, "user" or "friend") reached `moment`: every open survey of
    that moment whose audience includes them becomes due, once per person. Returns how many."""
    asked = 0
    for survey in repo.askable(moment):
        who = [uid for uid, side in people.items() if rules.audience_includes(survey.audience, side)]
        asked += len(_ask(survey_id=survey.survey_id, title=survey.title, user_ids=who, reason=reason, now=now))
    return asked


# --- people: what is due, answering, dismissing ---------------------------------------------------


def surveys_due(*, actor: Actor, page: PageRequest) -> Page[DueView]:
    """The caller's pending surveys (only theirs: there is no way to name someone else's)."""
    items, total = repo.pending_of(user_id=actor.user_id, limit=page.limit, offset=page.offset)
    return Page(items, total, page.limit, page.offset)


def _own_open_due(actor: Actor, due_id: int) -> DueView:
    due = repo.lock_due(due_id)
    if due is None or due.user_id != actor.user_id:
        raise NotFound("No such survey.")
    return due


def _answered_conflict(due_id: int) -> Conflict:
    found = repo.response_of_due(due_id)
    extra = {"answered_at": found[1].isoformat(), "version": found[2]} if found else {}
    return Conflict("You have already answered this survey.", code="survey_already_answered", extra=extra)


@dataclass(frozen=True)
class Answered:
    response_id: int
    due_id: int
    survey_id: int
    version: int
    answered_at: datetime


def survey_answer(
    *, actor: Actor, due_id: int, version: int, answers: Sequence[Mapping[str, Any]], now: datetime
) -> Answered:
    """Answer a due survey once, against the version it shows now. A second answer is 409
    `survey_already_answered` (also under concurrent requests: the due row is locked, a unique
    constraint backs it); a newer version published meanwhile is 409 `survey_version_changed`."""
    with transaction.atomic():
        due = _own_open_due(actor, due_id)
        if due.status == DueStatus.ANSWERED:
            raise _answered_conflict(due_id)
        if due.status == DueStatus.DISMISSED:
            raise Conflict("You dismissed this survey.", code="survey_dismissed")
        current = due.version
        if current is None:  # closed by staff, or its version withdrawn: no longer due
            raise NotFound("No such survey.")
        if version != current.number:
            raise Conflict(
                "The survey changed since you opened it: answer the current version.",
                code="survey_version_changed",
                extra={"version": current.number},
            )
        valid = rules.validate_answers(current.questions, answers)
        try:
            with transaction.atomic():
                response_id = repo.response_create(
                    due_id=due_id, survey_id=due.survey_id, version_id=current.id, user_id=actor.user_id,
                    answers=valid, at=now,
                )  # fmt: skip
        except IntegrityError:
            raise _answered_conflict(due_id) from None
        repo.due_close(due_id=due_id, status=DueStatus.ANSWERED, at=now)
    return Answered(response_id, due_id, due.survey_id, current.number, now)


def survey_dismiss(*, actor: Actor, due_id: int, now: datetime) -> DueView:
    """Not interested: the survey is not shown again. Dismissing twice is fine; an answered one is 409."""
    with transaction.atomic():
        due = _own_open_due(actor, due_id)
        if due.status == DueStatus.ANSWERED:
            raise _answered_conflict(due_id)
        if due.status == DueStatus.PENDING:
            repo.due_close(due_id=due_id, status=DueStatus.DISMISSED, at=now)
        return repo.lock_due(due_id)  # type: ignore[return-value]


# --- staff: results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChoiceCount:
    key: str
    text: str
    count: int


@dataclass(frozen=True)
class QuestionResult:
    key: str
    text: str
    kind: str
    answered: int  # responses that answered this question
    choices: list[ChoiceCount]  # choice kinds: every option, in the version's order
    mean: float | None  # scale
    median: float | None  # scale
    distribution: dict[str, int]  # scale: "1".."5" -> how many
    texts: int  # free text: how many (read them page by page)


@dataclass(frozen=True)
class Results:
    survey_id: int
    version: int
    respondents: int
    questions: list[QuestionResult]


def _version_or_404(survey_id: int, version: int | None) -> VersionView:
    _survey_or_404(survey_id)
    if version is None:
        found = repo.version(survey_id=survey_id, status=VersionStatus.PUBLISHED) or repo.version(
            survey_id=survey_id, status=VersionStatus.FROZEN
        )
    else:
        found = repo.version(survey_id=survey_id, number=version)
    if found is None or found.status == VersionStatus.DRAFT:
        raise NotFound("No such published version of this survey.")
    return found


def survey_results(*, actor: Actor, survey_id: int, version: int | None) -> Results:
    """Per question of one version (the published one by default): counts per option, the scale's
    mean, median and distribution, how many texts. Counted by the database in a constant number of
    queries."""
    _require_staff(actor)
    v = _version_or_404(survey_id, version)
    counts = repo.counts(v.id)
    out = []
    for q in v.questions:
        answered = counts.answered.get(q.key, 0)
        choices: list[ChoiceCount] = []
        mean = median = None
        distribution: dict[str, int] = {}
        if q.kind in rules.CHOICE_KINDS:
            choices = [ChoiceCount(o.key, o.text, counts.choices.get((q.key, o.key), 0)) for o in q.options]
        elif q.kind == QuestionKind.SCALE_1_5:
            dist = {value: counts.scales.get((q.key, value), 0) for value in rules.SCALE_VALUES}
            _, mean, median = rules.scale_figures(dist)
            distribution = {str(k): n for k, n in dist.items()}
        texts = answered if q.kind == QuestionKind.FREE_TEXT else 0
        out.append(QuestionResult(q.key, q.text, q.kind, answered, choices, mean, median, distribution, texts))
    return Results(survey_id, v.number, counts.respondents, out)


def survey_text_answers(
    *, actor: Actor, survey_id: int, version: int | None, question: str | None, page: PageRequest
) -> Page[TextAnswer]:
    """Free-text answers (of one question, or all), newest first, without who wrote them."""
    _require_staff(actor)
    v = _version_or_404(survey_id, version)
    q = next((q for q in v.questions if q.key == question), None)
    if question is not None and (q is None or q.kind != QuestionKind.FREE_TEXT):
        raise InvalidInput(
            "Not a free text question of this version.",
            errors=[FieldProblem(("query", "question"), f"no free text question {question!r} in version {v.number}")],
        )
    items, total = repo.texts(version_id=v.id, question=question, limit=page.limit, offset=page.offset)
    return Page(items, total, page.limit, page.offset)


@dataclass(frozen=True)
class CsvExport:
    filename: str
    rows: Callable[[], Iterable[str]]


def survey_export_csv(*, actor: Actor, survey_id: int, version: int | None) -> CsvExport:
    """One row per response to the version: response id, answered at, one column per question
    (option keys joined by ';'). Anonymous: no person's id. Cells a spreadsheet would run as a
    formula are defused."""
    _require_staff(actor)
    v = _version_or_404(survey_id, version)

    def rows() -> Iterable[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)

        def line(cells: list[str]) -> str:
            buffer.seek(0)
            buffer.truncate()
            writer.writerow(cells)
            return buffer.getvalue()

        yield line(["response_id", "answered_at", *[q.key for q in v.questions]])
        for response_id, answered_at, answers in repo.responses_for_export(v.id):
            by_question = {a.question: a for a in answers}
            cells = [rules.spreadsheet_safe(rules.csv_cell(by_question.get(q.key))) for q in v.questions]
            yield line([str(response_id), answered_at.isoformat(), *cells])

    return CsvExport(f"survey-{survey_id}-v{v.number}.csv", rows)
