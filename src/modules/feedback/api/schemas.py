"""Request and response shapes of /api/feedback (names unique across the whole API)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field, StrictStr

from kit.api import MAX_ID, PageQuery, StrictSchema
from kit.fields import Bool, Int, ParamBool, param_int
from kit.fields import Id as StrictId
from modules.feedback.domain.ratings import COMMENT_MAX_LENGTH


class RatingIn(StrictSchema):
    session_id: int = Field(ge=1, le=MAX_ID, strict=True)
    stars: int = Field(ge=1, le=5, strict=True, description="1 (poor) to 5 (excellent)")
    comment: str = Field(default="", max_length=COMMENT_MAX_LENGTH)
    show_identity: bool = Field(
        default=False, strict=True, description="Let the friend see who wrote it (anonymous by default)"
    )


class RatingOut(Schema):
    id: int
    session_id: int
    rater_side: Literal["user", "friend"]
    stars: int
    comment: str
    show_identity: bool
    counted: bool = Field(description="Counts towards the friend's public average")
    created_at: datetime


class RatingPage(Schema):
    items: list[RatingOut]
    total: int
    limit: int
    offset: int


class ReceivedRatingOut(Schema):
    id: int
    session_id: int
    stars: int
    comment: str | None = Field(description="None when there is none or staff hid it")
    rater_name: str | None = Field(description="Only when the rater chose to show it")
    created_at: datetime


class ReceivedRatingPage(Schema):
    items: list[ReceivedRatingOut]
    total: int
    limit: int
    offset: int


class PendingRatingOut(Schema):
    session_id: int
    counterpart_id: int
    counterpart_name: str
    session_type: str
    start: datetime
    closes_at: datetime


class FriendRatingSummaryOut(Schema):
    friend_id: int
    average: float | None = Field(description="One decimal, once the friend has at least 3 ratings")
    count: int | None


class StaffRatingOut(RatingOut):
    rater_id: int
    ratee_id: int
    hidden_at: datetime | None
    hidden_reason: str


class StaffRatingPage(Schema):
    items: list[StaffRatingOut]
    total: int
    limit: int
    offset: int


class StaffRatingQuery(PageQuery):
    friend_id: param_int(ge=1, le=MAX_ID) | None = Field(
        default=None, description="Ratings given or received by this friend"
    )
    side: Literal["user", "friend"] | None = None
    hidden: ParamBool | None = None


class RatingHideIn(StrictSchema):
    reason: str = Field(min_length=3, max_length=500)


# --- surveys --------------------------------------------------------------------------------------

SurveyQuestionKind = Literal["single_choice", "multiple_choice", "scale_1_5", "free_text"]
SurveyMoment = Literal["first_session", "rematch", "subscription_cancelled", "manual"]
SurveyAudience = Literal["users", "friends", "everyone"]
# Query text: no NUL (PostgreSQL text cannot hold it).
_NO_NUL = r"^[^\x00]*$"


class SurveyOptionSchema(StrictSchema):
    key: str = Field(max_length=40, description="Stable id of the option (lower case, digits, underscores)")
    text: str = Field(max_length=300)


class SurveyQuestionSchema(StrictSchema):
    key: str = Field(max_length=40, description="Stable id of the question (lower case, digits, underscores)")
    text: str = Field(max_length=300)
    kind: SurveyQuestionKind
    options: list[SurveyOptionSchema] = Field(default_factory=list, max_length=20)
    required: Bool = True


class SurveyVersionOut(Schema):
    number: int
    status: Literal["draft", "published", "frozen"]
    questions: list[SurveyQuestionSchema]
    created_at: datetime
    published_at: datetime | None
    responses: int


class SurveyOut(Schema):
    id: int
    title: str
    moment: SurveyMoment
    audience: SurveyAudience
    is_active: bool
    published_version: int | None
    draft_version: int | None
    created_at: datetime
    updated_at: datetime


class SurveyDetailOut(SurveyOut):
    versions: list[SurveyVersionOut] = Field(description="Newest first")


class SurveyPage(Schema):
    items: list[SurveyOut]
    total: int
    limit: int
    offset: int


class SurveyQuery(PageQuery):
    moment: SurveyMoment | None = None


class SurveyCreateIn(StrictSchema):
    title: str = Field(min_length=1, max_length=120)
    moment: SurveyMoment
    audience: SurveyAudience = "users"
    questions: list[SurveyQuestionSchema] = Field(min_length=1, max_length=20)


class SurveyPatchIn(StrictSchema):
    title: str | None = Field(default=None, min_length=1, max_length=120)
    audience: SurveyAudience | None = None
    is_active: Bool | None = Field(default=None, description="false closes it: no new dues, pending ones hidden")


class SurveyDraftIn(StrictSchema):
    questions: list[SurveyQuestionSchema] = Field(min_length=1, max_length=20)


class SurveyTargetIn(StrictSchema):
    user_ids: list[StrictId] = Field(min_length=1, max_length=500)


class SurveyTargetOut(Schema):
    asked: int = Field(description="People it became due for now")
    already: int = Field(description="People asked before (a survey is asked once per person)")
    unknown: list[int] = Field(description="Ids with no active account: nobody was asked")


class SurveyDueOut(Schema):
    id: int
    survey_id: int
    title: str
    version: int = Field(description="Send it back with the answers")
    questions: list[SurveyQuestionSchema]
    due_at: datetime


class SurveyDuePage(Schema):
    items: list[SurveyDueOut]
    total: int
    limit: int
    offset: int


class SurveyAnswerSchema(StrictSchema):
    question: str = Field(max_length=40)
    value: Int | StrictStr | list[StrictStr] = Field(
        description=(
            "single_choice: option key; multiple_choice: list of option keys; scale_1_5: 1..5; "
            "free_text: up to 2,000 characters"
        )
    )


class SurveyResponseIn(StrictSchema):
    version: Int = Field(ge=1, le=MAX_ID, description="The version the survey showed (`version` of the due survey)")
    answers: list[SurveyAnswerSchema] = Field(max_length=20)


class SurveyAnsweredOut(Schema):
    response_id: int
    due_id: int
    survey_id: int
    version: int
    answered_at: datetime


class SurveyDismissedOut(Schema):
    id: int
    status: Literal["dismissed"]
    closed_at: datetime | None


class SurveyChoiceCountOut(Schema):
    key: str
    text: str
    count: int


class SurveyQuestionResultOut(Schema):
    key: str
    text: str
    kind: SurveyQuestionKind
    answered: int = Field(description="Responses that answered this question")
    choices: list[SurveyChoiceCountOut] = Field(description="Choice questions: every option with its count")
    mean: float | None = Field(description="Scale questions: two decimals")
    median: float | None
    distribution: dict[str, int] = Field(description='Scale questions: "1".."5" to how many')
    texts: int = Field(description="Free text questions: how many (read them from /results/texts)")


class SurveyResultsOut(Schema):
    survey_id: int
    version: int
    respondents: int
    questions: list[SurveyQuestionResultOut]


class SurveyVersionQuery(Schema):
    version: param_int(ge=1, le=MAX_ID) | None = Field(
        default=None, description="A published or frozen version; the published one by default"
    )


class SurveyTextQuery(PageQuery):
    version: param_int(ge=1, le=MAX_ID) | None = None
    question: str | None = Field(
        default=None, min_length=1, max_length=40, pattern=_NO_NUL, description="One free text question; all by default"
    )


class SurveyTextOut(Schema):
    response_id: int
    question: str
    text: str
    answered_at: datetime


class SurveyTextPage(Schema):
    items: list[SurveyTextOut]
    total: int
    limit: int
    offset: int
