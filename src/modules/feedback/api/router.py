"""/api/feedback: rate a session, see ratings given and received, staff moderation; surveys."""

from __future__ import annotations

from dataclasses import asdict

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Status

from core.api_errors import error_responses
from kit.api import Id, PageQuery, page_out
from modules.accounts.public import actor_of
from modules.feedback import dependencies as deps
from modules.feedback.api.schemas import (
    FriendRatingSummaryOut,
    PendingRatingOut,
    RatingHideIn,
    RatingIn,
    RatingOut,
    RatingPage,
    ReceivedRatingOut,
    ReceivedRatingPage,
    StaffRatingOut,
    StaffRatingPage,
    StaffRatingQuery,
    SurveyAnsweredOut,
    SurveyCreateIn,
    SurveyDetailOut,
    SurveyDismissedOut,
    SurveyDraftIn,
    SurveyDueOut,
    SurveyDuePage,
    SurveyOut,
    SurveyPage,
    SurveyPatchIn,
    SurveyQuery,
    SurveyResponseIn,
    SurveyResultsOut,
    SurveyTargetIn,
    SurveyTargetOut,
    SurveyTextOut,
    SurveyTextPage,
    SurveyTextQuery,
    SurveyVersionOut,
    SurveyVersionQuery,
)
from modules.feedback.domain.surveys import questions_to_raw
from modules.feedback.services import ratings, surveys

router = Router(tags=["feedback"])


def _out(rating) -> RatingOut:
    return RatingOut(**{k: getattr(rating, k) for k in RatingOut.model_fields})


def _staff_out(rating) -> StaffRatingOut:
    return StaffRatingOut(**{k: getattr(rating, k) for k in StaffRatingOut.model_fields})


@router.post(
    "/ratings",
    response={201: RatingOut},
    operation_id="feedback_rating_create",
    openapi_extra=error_responses(404, 409),
    summary="Rate a session I took part in",
    description=(
        "Participants of a session that took place rate it once, from its end until 14 days after: "
        "a user rates the friend (counts towards the friend's public average), a friend rates the user "
        "(seen by staff only). 404 for a session the caller was not in; 409 `already_rated` with the "
        "first rating; 422 `rating_not_open`, `rating_closed`, `session_not_rateable`, `no_show_against_rater`."
    ),
)
def rating_create(request: HttpRequest, payload: RatingIn):
    rating = ratings.rating_create(
        actor=actor_of(request),
        session_id=payload.session_id,
        stars=payload.stars,
        comment=payload.comment,
        show_identity=payload.show_identity,
        now=deps.clock().now(),
    )
    return Status(201, _out(rating))


@router.get(
    "/ratings/given",
    response=RatingPage,
    operation_id="feedback_ratings_given",
    summary="Ratings I gave",
    description="The caller's own ratings, newest first.",
)
def ratings_given(request: HttpRequest, query: Query[PageQuery]):
    page = ratings.ratings_given(actor=actor_of(request), page=query.page_request())
    return page_out(RatingPage, page, _out)


@router.get(
    "/ratings/received",
    response=ReceivedRatingPage,
    operation_id="feedback_ratings_received",
    openapi_extra=error_responses(403),
    summary="Ratings users gave me (friends)",
    description=(
        "Friends only (403 otherwise). The rater's name only when they allowed it; a comment staff hid "
        "is null. Friends' ratings of users are never shown to the users."
    ),
)
def ratings_received(request: HttpRequest, query: Query[PageQuery]):
    page = ratings.ratings_received(actor=actor_of(request), page=query.page_request())
    return page_out(ReceivedRatingPage, page, lambda r: ReceivedRatingOut(**asdict(r)))


@router.get(
    "/ratings/pending",
    response=list[PendingRatingOut],
    operation_id="feedback_ratings_pending",
    summary="Sessions I can rate now",
    description="The caller's sessions that ended in the last 14 days and that they have not rated yet.",
)
def ratings_pending(request: HttpRequest):
    return [
        PendingRatingOut(**asdict(p)) for p in ratings.ratings_pending(actor=actor_of(request), now=deps.clock().now())
    ]


@router.get(
    "/friends/{friend_id}/summary",
    response=FriendRatingSummaryOut,
    operation_id="feedback_friend_summary",
    openapi_extra=error_responses(404),
    summary="A friend's public rating",
    description="Average (one decimal) and count once the friend has at least 3 counted ratings; nulls before.",
)
def friend_summary(request: HttpRequest, friend_id: Id):
    return FriendRatingSummaryOut(**asdict(ratings.friend_summary(actor=actor_of(request), friend_id=friend_id)))


@router.get(
    "/ratings",
    response=StaffRatingPage,
    operation_id="feedback_ratings_staff_list",
    openapi_extra=error_responses(403),
    summary="All ratings (staff)",
    description="Managers and admins: every rating with both sides' ids, filterable; 403 for others.",
)
def ratings_staff_list(request: HttpRequest, query: Query[StaffRatingQuery]):
    page = ratings.ratings_for_staff(
        actor=actor_of(request),
        friend_id=query.friend_id,
        side=query.side,
        hidden=query.hidden,
        page=query.page_request(),
    )
    return page_out(StaffRatingPage, page, _staff_out)


@router.post(
    "/ratings/{rating_id}/hide",
    response=StaffRatingOut,
    operation_id="feedback_rating_hide",
    openapi_extra=error_responses(403, 404),
    summary="Hide a rating's comment (staff)",
    description=(
        "Managers and admins: the friend no longer sees the comment; the stars still count. Who, when and why are kept."
    ),
)
def rating_hide(request: HttpRequest, rating_id: Id, payload: RatingHideIn):
    return _staff_out(
        ratings.rating_hide(actor=actor_of(request), rating_id=rating_id, reason=payload.reason, now=deps.clock().now())
    )


# --- surveys: people ------------------------------------------------------------------------------


def _questions_raw(version) -> list[dict]:
    return questions_to_raw(version.questions)


@router.get(
    "/surveys/due",
    response=SurveyDuePage,
    operation_id="feedback_surveys_due",
    summary="Surveys due for me",
    description=(
        "Any signed-in account: its own pending surveys (only its own; there is no way to ask for "
        "someone else's), each with the questions of the version to answer. Changes nothing."
    ),
)
def surveys_due(request: HttpRequest, query: Query[PageQuery]):
    page = surveys.surveys_due(actor=actor_of(request), page=query.page_request())
    return SurveyDuePage(
        items=[
            SurveyDueOut(
                id=d.id,
                survey_id=d.survey_id,
                title=d.title,
                version=d.version.number,
                questions=_questions_raw(d.version),
                due_at=d.due_at,
            )
            for d in page.items
            if d.version is not None
        ],
        total=page.total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "/surveys/due/{due_id}/answer",
    response={201: SurveyAnsweredOut},
    operation_id="feedback_survey_answer",
    openapi_extra=error_responses(404, 409),
    summary="Answer a survey due for me",
    description=(
        "The person the survey is due for answers it once, against the version it shows (`version`). "
        "404 for someone else's or a closed survey; 409 `survey_already_answered` (with `answered_at`), "
        "`survey_dismissed`, or `survey_version_changed` (with the current `version`); 422 lists every "
        "answer that does not fit the version (unknown question, missing required one, option that does "
        "not exist, scale outside 1-5, text over 2,000 characters)."
    ),
)
def survey_answer(request: HttpRequest, due_id: Id, payload: SurveyResponseIn):
    answered = surveys.survey_answer(
        actor=actor_of(request),
        due_id=due_id,
        version=payload.version,
        answers=[a.model_dump() for a in payload.answers],
        now=deps.clock().now(),
    )
    return Status(201, SurveyAnsweredOut(**asdict(answered)))


@router.post(
    "/surveys/due/{due_id}/dismiss",
    response=SurveyDismissedOut,
    operation_id="feedback_survey_dismiss",
    openapi_extra=error_responses(404, 409),
    summary="Dismiss a survey due for me",
    description=(
        "The person the survey is due for declines it: it is not shown again. Dismissing again answers "
        "the same; an answered survey is 409 `survey_already_answered`; someone else's is 404."
    ),
)
def survey_dismiss(request: HttpRequest, due_id: Id):
    due = surveys.survey_dismiss(actor=actor_of(request), due_id=due_id, now=deps.clock().now())
    return SurveyDismissedOut(id=due.id, status=due.status, closed_at=due.closed_at)


# --- surveys: staff -------------------------------------------------------------------------------


def _survey_out(s) -> SurveyOut:
    return SurveyOut(**{k: getattr(s, k) for k in SurveyOut.model_fields})


def _detail_out(detail) -> SurveyDetailOut:
    return SurveyDetailOut(
        **_survey_out(detail.survey).model_dump(),
        versions=[
            SurveyVersionOut(
                number=v.number,
                status=v.status,
                questions=_questions_raw(v),
                created_at=v.created_at,
                published_at=v.published_at,
                responses=v.responses,
            )
            for v in detail.versions
        ],
    )


@router.get(
    "/surveys",
    response=SurveyPage,
    operation_id="feedback_surveys_list",
    openapi_extra=error_responses(403),
    summary="All surveys (staff)",
    description="Managers and admins: every survey, newest first, filterable by moment; 403 for others.",
)
def surveys_list(request: HttpRequest, query: Query[SurveyQuery]):
    page = surveys.surveys_list(actor=actor_of(request), moment=query.moment, page=query.page_request())
    return SurveyPage(
        items=[_survey_out(s) for s in page.items], total=page.total, limit=page.limit, offset=page.offset
    )


@router.post(
    "/surveys",
    response={201: SurveyDetailOut},
    operation_id="feedback_survey_create",
    openapi_extra=error_responses(403),
    summary="Create a survey (staff)",
    description=(
        "Managers and admins: a survey for a moment (after a person's first completed session, on "
        "re-match, on cancelling a subscription, or manual) with its questions as draft version 1. "
        "Nobody is asked before it is published."
    ),
)
def survey_create(request: HttpRequest, payload: SurveyCreateIn):
    detail = surveys.survey_create(
        actor=actor_of(request),
        title=payload.title,
        moment=payload.moment,
        audience=payload.audience,
        questions=[q.model_dump() for q in payload.questions],
        now=deps.clock().now(),
    )
    return Status(201, _detail_out(detail))


@router.get(
    "/surveys/{survey_id}",
    response=SurveyDetailOut,
    operation_id="feedback_survey_get",
    openapi_extra=error_responses(403, 404),
    summary="A survey with its versions (staff)",
    description="Managers and admins: the survey, every version (newest first) with its response count.",
)
def survey_get(request: HttpRequest, survey_id: Id):
    return _detail_out(surveys.survey_get(actor=actor_of(request), survey_id=survey_id))


@router.patch(
    "/surveys/{survey_id}",
    response=SurveyDetailOut,
    operation_id="feedback_survey_update",
    openapi_extra=error_responses(403, 404),
    summary="Rename, retarget, close or reopen a survey (staff)",
    description=(
        "Managers and admins: title, audience, is_active (false closes it: no new dues, pending ones are "
        "hidden). Questions change through the draft; the moment is fixed."
    ),
)
def survey_update(request: HttpRequest, survey_id: Id, payload: SurveyPatchIn):
    changes = payload.model_dump(exclude_unset=True, exclude_none=True)
    return _detail_out(
        surveys.survey_update(
            actor=actor_of(request),
            survey_id=survey_id,
            title=changes.get("title"),
            audience=changes.get("audience"),
            is_active=changes.get("is_active"),
            now=deps.clock().now(),
        )
    )


@router.delete(
    "/surveys/{survey_id}",
    response={204: None},
    operation_id="feedback_survey_delete",
    openapi_extra=error_responses(403, 404, 409),
    summary="Delete a survey nobody was asked (staff)",
    description="Managers and admins. Once anyone was asked, 409 `survey_in_use`: close it instead.",
)
def survey_delete(request: HttpRequest, survey_id: Id):
    surveys.survey_delete(actor=actor_of(request), survey_id=survey_id, now=deps.clock().now())
    return Status(204, None)


@router.put(
    "/surveys/{survey_id}/draft",
    response=SurveyDetailOut,
    operation_id="feedback_survey_draft_set",
    openapi_extra=error_responses(403, 404),
    summary="Replace a survey's draft questions (staff)",
    description=(
        "Managers and admins: the draft's questions (a new draft version after the published one if "
        "there is none). Published and frozen versions never change."
    ),
)
def survey_draft_set(request: HttpRequest, survey_id: Id, payload: SurveyDraftIn):
    return _detail_out(
        surveys.survey_draft_set(
            actor=actor_of(request),
            survey_id=survey_id,
            questions=[q.model_dump() for q in payload.questions],
            now=deps.clock().now(),
        )
    )


@router.post(
    "/surveys/{survey_id}/publish",
    response=SurveyDetailOut,
    operation_id="feedback_survey_publish",
    openapi_extra=error_responses(403, 404, 409),
    summary="Publish a survey's draft (staff)",
    description=(
        "Managers and admins: the draft becomes the version people answer; the previous one is frozen "
        "(its answers stay with it). 409 `survey_no_draft` when there is no draft."
    ),
)
def survey_publish(request: HttpRequest, survey_id: Id):
    return _detail_out(surveys.survey_publish(actor=actor_of(request), survey_id=survey_id, now=deps.clock().now()))


@router.post(
    "/surveys/{survey_id}/targets",
    response=SurveyTargetOut,
    operation_id="feedback_survey_target",
    openapi_extra=error_responses(403, 404),
    summary="Ask people a manual survey (staff)",
    description=(
        "Managers and admins: the survey becomes due for these people (once per person; each gets one "
        "notification). 422 `survey_not_manual` for a survey tied to another moment, `survey_not_open` "
        "before it is published or when it is closed."
    ),
)
def survey_target(request: HttpRequest, survey_id: Id, payload: SurveyTargetIn):
    targeted = surveys.survey_target(
        actor=actor_of(request), survey_id=survey_id, user_ids=payload.user_ids, now=deps.clock().now()
    )
    return SurveyTargetOut(**asdict(targeted))


@router.get(
    "/surveys/{survey_id}/results",
    response=SurveyResultsOut,
    operation_id="feedback_survey_results",
    openapi_extra=error_responses(403, 404),
    summary="A survey's aggregated results (staff)",
    description=(
        "Managers and admins: per question of one version (the published one by default): counts per "
        "option, the scale's mean, median and distribution, how many free texts. Counted by the database."
    ),
)
def survey_results(request: HttpRequest, survey_id: Id, query: Query[SurveyVersionQuery]):
    results = surveys.survey_results(actor=actor_of(request), survey_id=survey_id, version=query.version)
    return SurveyResultsOut(**asdict(results))


@router.get(
    "/surveys/{survey_id}/results/texts",
    response=SurveyTextPage,
    operation_id="feedback_survey_texts",
    openapi_extra=error_responses(403, 404),
    summary="Free text answers (staff)",
    description=(
        "Managers and admins: the free text answers of one version (one question with `question`, "
        "422 if it is not a free text question), newest first, paginated, without who wrote them."
    ),
)
def survey_texts(request: HttpRequest, survey_id: Id, query: Query[SurveyTextQuery]):
    page = surveys.survey_text_answers(
        actor=actor_of(request),
        survey_id=survey_id,
        version=query.version,
        question=query.question,
        page=query.page_request(),
    )
    return SurveyTextPage(
        items=[SurveyTextOut(**asdict(t)) for t in page.items],
        total=page.total,
        limit=page.limit,
        offset=page.offset,
    )


_CSV_DOC = {
    "description": "One row per response: response_id, answered_at, then one column per question key",
    "content": {"text/csv": {"schema": {"type": "string"}}},
}


@router.get(
    "/surveys/{survey_id}/export",
    response={200: None},
    operation_id="feedback_survey_export",
    openapi_extra={"responses": {"200": _CSV_DOC, **error_responses(403, 404)["responses"]}},
    summary="A survey's responses as CSV (staff)",
    description=(
        "Managers and admins: every response to one version (the published one by default) as CSV "
        "(RFC 4180 quoting; multiple choices joined by ';'; no person's id)."
    ),
)
def survey_export(request: HttpRequest, survey_id: Id, query: Query[SurveyVersionQuery]):
    export = surveys.survey_export_csv(actor=actor_of(request), survey_id=survey_id, version=query.version)
    response = HttpResponse("".join(export.rows()), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return response
