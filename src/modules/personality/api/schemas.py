from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field, StrictStr

from kit.api import StrictSchema
from kit.fields import Bool, Int

QuestionKindName = Literal["single_choice", "multiple_choice", "scale_1_5"]


class OptionSchema(StrictSchema):
    key: str = Field(max_length=40)
    text: str = Field(max_length=300)


class QuestionSchema(StrictSchema):
    key: str = Field(max_length=40)
    text: str = Field(max_length=300)
    kind: QuestionKindName
    options: list[OptionSchema] = Field(default_factory=list, max_length=20)
    required: Bool = True


class QuestionnaireOut(Schema):
    version: int
    published_at: datetime
    questions: list[QuestionSchema]


class PublishIn(StrictSchema):
    questions: list[QuestionSchema] = Field(min_length=1, max_length=100)


class AnswerSchema(StrictSchema):
    question: str = Field(max_length=40)
    # An option key (single choice), option keys (multiple choice) or 1..5 (scale).
    value: Int | StrictStr | list[StrictStr] = Field(
        description="single_choice: option key; multiple_choice: list of option keys; scale_1_5: 1..5"
    )
    importance: Int = Field(ge=0, le=5, description="How much this answer matters to me (0 to 5)")
    mandatory: Bool = Field(default=False, description="Only match me with people who agree")


class AnswersIn(StrictSchema):
    answers: list[AnswerSchema] = Field(max_length=100)


class AnswersOut(Schema):
    version: int
    answers: list[AnswerSchema]
    updated_at: datetime | None = None
