"""Role-by-operation matrix over every operation in the OpenAPI document.

Each operation is called as anonymous, two users, two friends, a manager and an admin, with
path ids pointing at *someone else's* object. The table below says what each caller gets.
Refused calls must leave every table exactly as it was.

Adding an operation to the API without adding it to EXPECTATIONS fails
`test_every_operation_has_an_entry`: decide who may call it before shipping it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from django.apps import apps
from django.utils import timezone

from modules.chat.models import Conversation, Message, MessageReport
from modules.chat.public import conversation_ensure_direct
from modules.feedback.models import Rating
from modules.feedback.repositories import surveys as surveys_repo
from modules.group_events.models import Event
from modules.group_events.repositories.events import add_seat
from modules.notifications.models import Device
from modules.personality.public import QuestionKind, current_questionnaire
from modules.recordings.models import Recording
from modules.support.models import Ticket
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.billing.factories import PlanFactory, PremiumPaymentFactory
from tests.modules.booking.factories import SessionFactory
from tests.modules.group_events.factories import event_of

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "user_a", "user_b", "friend_x", "friend_y", "manager", "admin")
NON_STAFF = ("user_a", "user_b", "friend_x", "friend_y")
# Whose object each caller aims at by default: always somebody else's.
OTHER = {
    "anonymous": "user_a",
    "user_a": "user_b",
    "user_b": "user_a",
    "friend_x": "friend_y",
    "friend_y": "friend_x",
    "manager": "user_b",
    "admin": "user_b",
}


_STATS_REPORTS = [
    f"{name}{form}" for name in ("funnel", "sessions", "revenue", "friends", "chat") for form in ("", "/csv")
]


def signed_in(ok: int = 200) -> dict[str, int]:
    return {"anonymous": 401, **dict.fromkeys(ROLES[1:], ok)}


def staff_only(ok: int = 200) -> dict[str, int]:
    return {"anonymous": 401, **dict.fromkeys(NON_STAFF, 403), "manager": ok, "admin": ok}


def friends_only(ok: int = 200) -> dict[str, int]:
    return {"anonymous": 401, **dict.fromkeys(ROLES[1:], 403), "friend_x": ok, "friend_y": ok}


def users_only(ok: int = 200) -> dict[str, int]:
    return {"anonymous": 401, **dict.fromkeys(ROLES[1:], 403), "user_a": ok, "user_b": ok}


def members_only(ok: int = 200) -> dict[str, int]:
    """Users and friends (people who meet each other), not staff."""
    return {"anonymous": 401, **dict.fromkeys(NON_STAFF, ok), "manager": 403, "admin": 403}


def _valid_answers(people: Mapping[str, Any]) -> dict[str, Any]:
    questionnaire = current_questionnaire()
    assert questionnaire is not None
    answers = []
    for q in questionnaire.questions:
        value: Any = 3
        if q.kind == QuestionKind.SINGLE_CHOICE:
            value = q.options[0].key
        elif q.kind == QuestionKind.MULTIPLE_CHOICE:
            value = [q.options[0].key]
        answers.append({"question": q.key, "value": value, "importance": 3, "mandatory": False})
    return {"answers": answers}


def _other_friend(role: str) -> str:
    return "friend_x" if role == "friend_y" else "friend_y"


@dataclass(frozen=True)
class Rule:
    expect: dict[str, int]
    body: dict[str, Any] | Callable[[Mapping[str, Any]], dict[str, Any]] | None = None
    # Whose id goes into the path, given the caller's role.
    target: Callable[[str], str] = OTHER.__getitem__
    # Extra check on a successful response (e.g. that no one else's data leaked).
    check: Callable[[Any, Mapping[str, Any], str], None] | None = None
    # For paths whose id is not a person's (e.g. a session): pick the object from `people`.
    target_id: Callable[[Mapping[str, Any]], int] | None = None
    notes: str = field(default="", compare=False)


def _only_my_devices(response: Any, people: Mapping[str, Any], role: str) -> None:
    # Only user_b has a device (see the fixture).
    assert len(response.json()) == (1 if role == "user_b" else 0)


def _no_foreign_answers(response: Any, people: Mapping[str, Any], role: str) -> None:
    # The "other" person answered (see the fixture); the caller did not: they must see nothing.
    assert response.json()["answers"] == []


def _session_of_a_and_x(people: Mapping[str, Any]) -> int:
    return people["session"].pk


def _participants(ok: int, *, outsiders: int = 404, staff: int = 404) -> dict[str, int]:
    """A session between user_a and friend_x: they get `ok`, others cannot see it."""
    return {
        "anonymous": 401,
        "user_a": ok,
        "friend_x": ok,
        "user_b": outsiders,
        "friend_y": outsiders,
        "manager": staff,
        "admin": staff,
    }


def _booking_body(people: Mapping[str, Any]) -> dict[str, Any]:
    # friend_x has published no availability: everyone who may book is refused with 422.
    return {
        "friend_id": people["friend_x"].pk,
        "session_type": "video",
        "start": "2031-01-06T10:00:00+00:00",
        "duration_minutes": 60,
    }


def _no_foreign_sessions(response: Any, people: Mapping[str, Any], role: str) -> None:
    mine = {people[role].pk}
    for item in response.json()["items"]:
        assert mine & {item["user_id"], item["friend_id"]}


def _conversation_of_a_and_x(people: Mapping[str, Any]) -> int:
    return people["conversation"]


def _message_in_it(people: Mapping[str, Any]) -> int:
    return people["message"].pk


def _report_of_it(people: Mapping[str, Any]) -> int:
    return people["report"].pk


def _no_foreign_conversations(response: Any, people: Mapping[str, Any], role: str) -> None:
    ids = {c["id"] for c in response.json()["items"]}
    if role not in ("user_a", "friend_x"):
        assert people["conversation"] not in ids


def _only_own_payments(response: Any, people: Mapping[str, Any], role: str) -> None:
    # user_a owns the one payment in the fixture; nobody else may see it.
    assert len(response.json()["items"]) == (1 if role == "user_a" else 0)


def _plan_id(people: Mapping[str, Any]) -> int:
    return people["plan"].pk


_NEW_PLAN = {
    "code": "matrix",
    "name": "Matrix",
    "interval": "month",
    "price_minor": 1000,
    "stripe_price_id": "price_matrix",
    "session_types": ["text"],
    "sessions_per_period": 2,
}


def _rating_of_b(people: Mapping[str, Any]) -> int:
    return people["rating"].pk


def _survey_id(people: Mapping[str, Any]) -> int:
    return people["survey"]


def _due_of_a(people: Mapping[str, Any]) -> int:
    return people["survey_due"]


_SURVEY_QUESTIONS = [{"key": "overall", "text": "How are we doing?", "kind": "scale_1_5"}]


def _due_owner(ok: int) -> dict[str, int]:
    """user_a's due survey: only user_a answers or dismisses it; for everyone else it does not exist."""
    return {"anonymous": 401, **dict.fromkeys(ROLES[1:], 404), "user_a": ok}


def _ticket_id(people: Mapping[str, Any]) -> int:
    return people["ticket"].pk


def _ticket_of_b(ok: int) -> dict[str, int]:
    """user_b's ticket: user_b and staff reach it; for everyone else it does not exist."""
    return {"anonymous": 401, **dict.fromkeys(NON_STAFF, 404), "user_b": ok, "manager": ok, "admin": ok}


def _recording_of_a_and_x(people: Mapping[str, Any]) -> int:
    return people["recording"].pk


def _only_own_recordings(response: Any, people: Mapping[str, Any], role: str) -> None:
    # The one recording is of user_a's session with friend_x: nobody else may see it listed.
    assert len(response.json()["items"]) == (1 if role in ("user_a", "friend_x") else 0)


def _event_id(people: Mapping[str, Any]) -> int:
    return people["event"].id


def _event_hosts(ok: int, *, staff: int | None = None) -> dict[str, int]:
    """friend_x's published event: friend_x and staff manage it; everyone else may only look."""
    return {
        "anonymous": 401,
        **dict.fromkeys(NON_STAFF, 403),
        "friend_x": ok,
        "manager": ok if staff is None else staff,
        "admin": ok if staff is None else staff,
    }


def _seat_of_a(ok: int) -> dict[str, int]:
    """user_a holds a confirmed seat at friend_x's event; nobody else has a place there."""
    return {"anonymous": 401, **dict.fromkeys(ROLES[1:], 404), "user_a": ok}


EXPECTATIONS: dict[tuple[str, str], Rule] = {
    # Recordings: the session's participants only (staff included, others get 404); its session is
    # upcoming, so consent is refused (422) and nothing runs to stop (409). Staff play back only
    # through the safety ticket about that session.
    ("GET", "/api/recordings/sessions/{session_id}"): Rule(_participants(200), target_id=_session_of_a_and_x),
    ("POST", "/api/recordings/sessions/{session_id}/consent"): Rule(_participants(422), target_id=_session_of_a_and_x),
    ("POST", "/api/recordings/sessions/{session_id}/stop"): Rule(_participants(409), target_id=_session_of_a_and_x),
    ("GET", "/api/recordings"): Rule(signed_in(), check=_only_own_recordings),
    ("GET", "/api/recordings/{recording_id}/playback"): Rule(_participants(200), target_id=_recording_of_a_and_x),
    ("POST", "/api/admin/recordings/{recording_id}/playback"): Rule(
        staff_only(),
        body=lambda people: {"ticket_id": people["safety_ticket"].pk, "reason": "matrix check"},
        target_id=_recording_of_a_and_x,
    ),
    # Group events: friends create for themselves, staff for any friend, users never.
    ("POST", "/api/events"): Rule(
        {
            "anonymous": 401,
            "user_a": 403,
            "user_b": 403,
            "friend_x": 201,
            "friend_y": 201,
            "manager": 201,
            "admin": 201,
        },
        body=lambda people: {
            "title": "matrix",
            "session_type": "text",
            "start": "2031-01-06T10:00:00+00:00",
            "end": "2031-01-06T11:00:00+00:00",
            "timezone": "UTC",
            "capacity": 3,
            "host_ids": [people["friend_x"].pk],
        },
    ),
    ("GET", "/api/events"): Rule(signed_in()),
    ("GET", "/api/events/hosting"): Rule(signed_in()),
    ("GET", "/api/events/seats"): Rule(signed_in()),
    ("GET", "/api/events/{event_id}"): Rule(signed_in(), target_id=_event_id),
    ("PATCH", "/api/events/{event_id}"): Rule(_event_hosts(200), body={"title": "matrix"}, target_id=_event_id),
    # Already published: its managers are told so, nobody else may try.
    ("POST", "/api/events/{event_id}/publish"): Rule(_event_hosts(409), target_id=_event_id),
    ("POST", "/api/events/{event_id}/cancel"): Rule(_event_hosts(200), body={"reason": "matrix"}, target_id=_event_id),
    ("POST", "/api/events/{event_id}/cover/upload"): Rule(
        _event_hosts(200), body={"content_type": "image/png"}, target_id=_event_id
    ),
    # Nothing was uploaded under someone else's prefix: refused for the managers too.
    ("POST", "/api/events/{event_id}/cover"): Rule(
        _event_hosts(422), body={"key": "event-covers/1/" + "a" * 32}, target_id=_event_id
    ),
    # user_a has a seat already; the host does not book their own event; staff do not book.
    ("POST", "/api/events/{event_id}/seat"): Rule(
        {
            "anonymous": 401,
            "user_a": 409,
            "user_b": 201,
            "friend_x": 422,
            "friend_y": 201,
            "manager": 403,
            "admin": 403,
        },
        target_id=_event_id,
    ),
    ("GET", "/api/events/{event_id}/seat"): Rule(_seat_of_a(200), target_id=_event_id),
    ("POST", "/api/events/{event_id}/seat/cancel"): Rule(_seat_of_a(200), target_id=_event_id),
    ("POST", "/api/events/{event_id}/seat/accept"): Rule(_seat_of_a(409), target_id=_event_id),
    # user_a's seat is at a free event: nothing to pay; nobody else has a place there.
    ("POST", "/api/events/{event_id}/seat/payment"): Rule(_seat_of_a(409), target_id=_event_id),
    # The event is in 2031: the host and the seat holder are told the window is closed; others have no seat.
    ("POST", "/api/events/{event_id}/join"): Rule(
        {"anonymous": 401, **dict.fromkeys(ROLES[1:], 403), "user_a": 422, "friend_x": 422}, target_id=_event_id
    ),
    ("GET", "/api/events/{event_id}/attendees"): Rule(_event_hosts(200), target_id=_event_id),
    # Hosts only (staff too are refused); before the start nobody can be a no-show.
    ("POST", "/api/events/{event_id}/attendees/{seat_id}/no-show"): Rule(
        _event_hosts(422, staff=403), target_id=_event_id
    ),
    # Feedback: the fixture's session (user_a with friend_x) is still upcoming, so its
    # participants are told it cannot be rated yet; nobody else learns it exists.
    ("POST", "/api/feedback/ratings"): Rule(
        _participants(422), body=lambda people: {"session_id": people["session"].pk, "stars": 5}
    ),
    ("GET", "/api/feedback/ratings/given"): Rule(signed_in()),
    # Privacy: one's own data only (there is no id to aim at someone else's).
    ("GET", "/api/users/me/export"): Rule(signed_in()),
    # A wrong password refuses everyone (and nobody has a request to read or cancel).
    ("DELETE", "/api/users/me"): Rule(signed_in(403), body={"password": "not the password"}),
    ("GET", "/api/users/me/erasure"): Rule(signed_in(404)),
    # The export zip is always the caller's own: asking queues one; nobody has one to read yet.
    ("POST", "/api/users/me/export/archive"): Rule(signed_in(202)),
    ("GET", "/api/users/me/export/archive"): Rule(signed_in(404)),
    ("POST", "/api/users/me/erasure/cancel"): Rule(signed_in(404)),
    # Support: user_b's ticket is theirs and staff's; everyone may open tickets and reports.
    ("POST", "/api/support/tickets"): Rule(
        signed_in(201), body={"category": "other", "subject": "matrix", "body": "matrix check"}
    ),
    ("POST", "/api/support/reports"): Rule(
        {**signed_in(201), "friend_x": 404},  # reporting oneself: no such person
        body=lambda people: {"target_type": "user", "target_id": people["friend_x"].pk, "reason": "spam"},
    ),
    ("GET", "/api/support/tickets"): Rule(signed_in()),
    ("GET", "/api/support/tickets/{ticket_id}"): Rule(_ticket_of_b(200), target_id=_ticket_id),
    ("POST", "/api/support/tickets/{ticket_id}/replies"): Rule(
        _ticket_of_b(201), body={"body": "matrix"}, target_id=_ticket_id
    ),
    ("GET", "/api/admin/tickets"): Rule(staff_only()),
    ("GET", "/api/admin/tickets/{ticket_id}"): Rule(staff_only(), target_id=_ticket_id),
    ("POST", "/api/admin/tickets/{ticket_id}/replies"): Rule(
        staff_only(201), body={"body": "matrix"}, target_id=_ticket_id
    ),
    ("POST", "/api/admin/tickets/{ticket_id}/assign"): Rule(
        staff_only(), body={"assignee_id": None}, target_id=_ticket_id
    ),
    ("POST", "/api/admin/tickets/{ticket_id}/status"): Rule(
        staff_only(), body={"status": "pending"}, target_id=_ticket_id
    ),
    # Moderation: staff suspend and lift; only admins read the audit log.
    ("POST", "/api/admin/suspensions"): Rule(
        staff_only(201), body=lambda people: {"user_id": people["user_b"].pk, "reason": "matrix check"}
    ),
    ("POST", "/api/admin/suspensions/{suspension_id}/lift"): Rule(staff_only(404), body={"reason": "matrix check"}),
    ("GET", "/api/admin/suspensions"): Rule(staff_only()),
    ("GET", "/api/admin/audit"): Rule({**staff_only(), "manager": 403}),
    # Erasing someone at once is for admins alone, never managers.
    ("POST", "/api/admin/privacy/erasures"): Rule(
        {**staff_only(201), "manager": 403}, body=lambda people: {"user_id": people["user_b"].pk}
    ),
    # Analytics: figures for managers and admins; reading them changes nothing.
    **{("GET", f"/api/admin/stats/{report}"): Rule(staff_only()) for report in _STATS_REPORTS},
    ("GET", "/api/feedback/ratings/pending"): Rule(signed_in()),
    ("GET", "/api/feedback/ratings/received"): Rule(friends_only()),
    ("GET", "/api/feedback/friends/{friend_id}/summary"): Rule(signed_in()),
    ("GET", "/api/feedback/ratings"): Rule(staff_only()),
    ("POST", "/api/feedback/ratings/{rating_id}/hide"): Rule(
        staff_only(), body={"reason": "matrix check"}, target_id=_rating_of_b
    ),
    # Surveys: a published manual survey, due for user_a. Only user_a answers or dismisses it;
    # only staff define surveys or read their results.
    ("GET", "/api/feedback/surveys/due"): Rule(signed_in()),
    ("POST", "/api/feedback/surveys/due/{due_id}/answer"): Rule(
        _due_owner(201), body={"version": 1, "answers": [{"question": "overall", "value": 4}]}, target_id=_due_of_a
    ),
    ("POST", "/api/feedback/surveys/due/{due_id}/dismiss"): Rule(_due_owner(200), target_id=_due_of_a),
    ("GET", "/api/feedback/surveys"): Rule(staff_only()),
    ("POST", "/api/feedback/surveys"): Rule(
        staff_only(201), body={"title": "Matrix", "moment": "manual", "questions": _SURVEY_QUESTIONS}
    ),
    ("GET", "/api/feedback/surveys/{survey_id}"): Rule(staff_only(), target_id=_survey_id),
    ("PATCH", "/api/feedback/surveys/{survey_id}"): Rule(staff_only(), body={"title": "Renamed"}, target_id=_survey_id),
    # Someone was asked it: staff may not delete it (close it instead); nothing changes.
    ("DELETE", "/api/feedback/surveys/{survey_id}"): Rule(staff_only(409), target_id=_survey_id),
    ("PUT", "/api/feedback/surveys/{survey_id}/draft"): Rule(
        staff_only(), body={"questions": _SURVEY_QUESTIONS}, target_id=_survey_id
    ),
    # No draft to publish: refused for staff too, and nothing changes.
    ("POST", "/api/feedback/surveys/{survey_id}/publish"): Rule(staff_only(409), target_id=_survey_id),
    ("POST", "/api/feedback/surveys/{survey_id}/targets"): Rule(
        staff_only(), body=lambda people: {"user_ids": [people["user_b"].pk]}, target_id=_survey_id
    ),
    ("GET", "/api/feedback/surveys/{survey_id}/results"): Rule(staff_only(), target_id=_survey_id),
    ("GET", "/api/feedback/surveys/{survey_id}/results/texts"): Rule(staff_only(), target_id=_survey_id),
    ("GET", "/api/feedback/surveys/{survey_id}/export"): Rule(staff_only(), target_id=_survey_id),
    # Token endpoints prove possession of a refresh token (or a browser session), not a bearer:
    # a made-up token is refused for everyone, and nobody can spend someone else's.
    ("POST", "/api/auth/token/refresh"): Rule(dict.fromkeys(ROLES, 401), body={"refresh_token": "not-a-token"}),
    ("POST", "/api/auth/token/logout"): Rule(dict.fromkeys(ROLES, 401), body={"refresh_token": "not-a-token"}),
    ("POST", "/api/auth/token/session"): Rule(dict.fromkeys(ROLES, 401)),
    ("GET", "/api/users/me"): Rule(signed_in()),
    # Consents are always the caller's own (no id in the path to aim at someone else's).
    ("GET", "/api/users/me/consents"): Rule(signed_in()),
    ("PATCH", "/api/users/me/consents"): Rule(signed_in(), body={"marketing": False}),
    # The bare benchmark/probe endpoint: no auth, no data.
    ("GET", "/api/health/ping"): Rule(dict.fromkeys(ROLES, 200)),
    # The landing page's friends: public cards only, for anyone.
    ("GET", "/api/friends/highlights"): Rule(dict.fromkeys(ROLES, 200)),
    # Chat: a conversation between user_a and friend_x; staff read it only through a report.
    ("POST", "/api/chat/ticket"): Rule(signed_in(201)),
    ("GET", "/api/chat/conversations"): Rule(signed_in(), check=_no_foreign_conversations),
    ("GET", "/api/chat/conversations/{conversation_id}/messages"): Rule(
        _participants(200), target_id=_conversation_of_a_and_x
    ),
    ("POST", "/api/chat/conversations/{conversation_id}/messages"): Rule(
        _participants(201), body={"client_id": "matrix-1", "body": "hello"}, target_id=_conversation_of_a_and_x
    ),
    ("POST", "/api/chat/conversations/{conversation_id}/read"): Rule(
        _participants(204), body=lambda people: {"message_id": people["message"].pk}, target_id=_conversation_of_a_and_x
    ),
    # user_a wrote the message: reporting one's own message is refused.
    ("POST", "/api/chat/messages/{message_id}/report"): Rule(
        {**_participants(201), "user_a": 422}, body={"reason": "spam"}, target_id=_message_in_it
    ),
    ("GET", "/api/chat/preferences"): Rule(signed_in()),
    ("PATCH", "/api/chat/preferences"): Rule(signed_in(), body={"send_read_receipts": False}),
    ("GET", "/api/chat/reports"): Rule(staff_only()),
    ("GET", "/api/chat/reports/{report_id}"): Rule(staff_only(), target_id=_report_of_it),
    ("POST", "/api/chat/reports/{report_id}/resolve"): Rule(staff_only(), target_id=_report_of_it),
    ("POST", "/api/notifications/devices"): Rule(
        signed_in(204), body={"token": "matrix-device-token", "platform": "ios"}
    ),
    ("POST", "/api/notifications/devices/forget"): Rule(signed_in(204), body={"token": "matrix-device-token"}),
    ("GET", "/api/notifications"): Rule(signed_in()),
    ("POST", "/api/notifications/read"): Rule(signed_in(204), body={"ids": [1]}),
    ("GET", "/api/notifications/devices"): Rule(signed_in(), check=_only_my_devices),
    # user_b's device: only user_b may remove it; anyone else is told it does not exist.
    ("DELETE", "/api/notifications/devices/{device_id}"): Rule(
        {**dict.fromkeys(ROLES, 404), "anonymous": 401, "user_b": 204}, target_id=lambda people: people["device"].pk
    ),
    ("GET", "/api/notifications/unread-count"): Rule(signed_in()),
    ("GET", "/api/notifications/preferences"): Rule(signed_in()),
    ("PATCH", "/api/notifications/preferences"): Rule(
        signed_in(), body={"kinds": [{"kind": "marketing", "email": True}]}
    ),
    # The signed link is the credential (no sign-in); without its token nobody gets anywhere.
    ("GET", "/api/notifications/unsubscribe"): Rule(dict.fromkeys(ROLES, 422)),
    ("POST", "/api/notifications/unsubscribe"): Rule(dict.fromkeys(ROLES, 422)),
    ("PATCH", "/api/users/me"): Rule(signed_in(), body={"bio": "matrix"}),
    ("POST", "/api/users/me/avatar/upload"): Rule(signed_in(), body={"content_type": "image/png"}),
    # Claiming someone else's uploaded object is refused: the key is outside the caller's prefix.
    ("POST", "/api/users/me/avatar"): Rule(
        signed_in(422), body=lambda people: {"key": f"avatars/{people['user_a'].pk}/x"}
    ),
    ("DELETE", "/api/users/me/avatar"): Rule(signed_in(204)),
    ("GET", "/api/users/me/friend-profile"): Rule(friends_only()),
    ("PATCH", "/api/users/me/friend-profile"): Rule(friends_only(), body={"headline": "matrix"}),
    ("GET", "/api/users/friends"): Rule(signed_in()),
    ("GET", "/api/users/friends/{friend_id}"): Rule(signed_in(), target=_other_friend),
    ("GET", "/api/users"): Rule(staff_only()),
    ("GET", "/api/users/{user_id}"): Rule(staff_only()),
    ("POST", "/api/users/{user_id}/role"): Rule(staff_only(), body={"role": "friend"}),
    ("POST", "/api/users/{user_id}/deactivate"): Rule(staff_only()),
    ("POST", "/api/users/{user_id}/reactivate"): Rule(staff_only()),
    ("GET", "/api/questionnaire/current"): Rule(signed_in()),
    ("POST", "/api/questionnaire/versions"): Rule(
        staff_only(201), body={"questions": [{"key": "pace", "text": "I like a slow pace.", "kind": "scale_1_5"}]}
    ),
    ("PUT", "/api/questionnaire/answers"): Rule(signed_in(), body=_valid_answers),
    ("GET", "/api/questionnaire/answers"): Rule(signed_in(), check=_no_foreign_answers),
    ("GET", "/api/sessions/availability"): Rule(friends_only()),
    ("PUT", "/api/sessions/availability"): Rule(
        friends_only(204),
        body={"timezone": "Europe/Paris", "weekly": [{"weekday": 0, "start_minute": 600, "end_minute": 720}]},
    ),
    # Without from/to the slot query is incomplete: 422 for everyone signed in.
    ("GET", "/api/sessions/friends/{friend_id}/slots"): Rule(signed_in(422), target=_other_friend),
    ("POST", "/api/sessions"): Rule({**signed_in(422)}, body=_booking_body),
    ("GET", "/api/sessions"): Rule(signed_in(), check=_no_foreign_sessions),
    ("GET", "/api/sessions/{session_id}"): Rule(_participants(200, staff=200), target_id=_session_of_a_and_x),
    ("POST", "/api/sessions/{session_id}/cancel"): Rule(
        _participants(200, staff=200), body={"reason": "matrix"}, target_id=_session_of_a_and_x
    ),
    # friend_x has no published hours, so participants get 422; staff may not move sessions.
    ("POST", "/api/sessions/{session_id}/reschedule"): Rule(
        _participants(422), body={"start": "2031-02-03T10:00:00+00:00"}, target_id=_session_of_a_and_x
    ),
    ("POST", "/api/sessions/{session_id}/no-show"): Rule(_participants(422), body={}, target_id=_session_of_a_and_x),
    # Matching is for users; friends and staff are refused. Accept/decline aim at another friend.
    ("GET", "/api/matches"): Rule(users_only()),
    ("GET", "/api/matches/friends"): Rule(users_only()),
    ("POST", "/api/matches/rematch"): Rule(users_only(), body={"reason": "matrix"}),
    ("POST", "/api/matches/{friend_id}/accept"): Rule(users_only(), target=_other_friend),
    ("POST", "/api/matches/{friend_id}/decline"): Rule(users_only(), target=_other_friend),
    ("GET", "/api/matches/favourites"): Rule(users_only()),
    ("POST", "/api/matches/favourites/{friend_id}"): Rule(users_only(204), target=_other_friend),
    ("DELETE", "/api/matches/favourites/{friend_id}"): Rule(users_only(204), target=_other_friend),
    ("GET", "/api/blocks"): Rule(members_only()),
    ("POST", "/api/blocks/{user_id}"): Rule(members_only(204)),
    ("DELETE", "/api/blocks/{user_id}"): Rule(members_only(204)),
    ("POST", "/api/sessions/{session_id}/complete"): Rule(_participants(409), target_id=_session_of_a_and_x),
    # The session is next January: participants are told the join window is not open yet.
    ("POST", "/api/sessions/{session_id}/join"): Rule(_participants(422), target_id=_session_of_a_and_x),
    ("GET", "/api/payments/plans"): Rule(signed_in()),
    ("POST", "/api/payments/plans"): Rule(staff_only(201), body=_NEW_PLAN),
    ("PATCH", "/api/payments/plans/{plan_id}"): Rule(staff_only(), body={"name": "Renamed"}, target_id=_plan_id),
    ("POST", "/api/payments/checkout"): Rule(signed_in(201), body=lambda people: {"plan_id": people["plan"].pk}),
    ("GET", "/api/payments/subscription"): Rule(signed_in()),
    # Nobody in the fixture has a Stripe customer yet, so there is no portal to open.
    ("POST", "/api/payments/portal"): Rule(signed_in(422)),
    # user_a's session waits for user_a's payment: only user_a may pay it; for everyone else it does not exist.
    ("POST", "/api/payments/premium/{session_id}/intent"): Rule(
        {**_participants(200), "friend_x": 404}, target_id=_session_of_a_and_x
    ),
    ("GET", "/api/payments/payments"): Rule(signed_in(), check=_only_own_payments),
    # The fixture's payment is not paid yet: staff get 409, nobody else may refund at all.
    ("POST", "/api/payments/refunds"): Rule(staff_only(409), body=lambda people: {"session_id": people["session"].pk}),
    ("GET", "/api/payments/earnings"): Rule(friends_only()),
    ("GET", "/api/payments/payouts"): Rule(friends_only()),
    ("POST", "/api/payments/connect/onboarding"): Rule(friends_only()),
    # Not signed by Stripe: refused for everyone, bearer token or not.
    ("POST", "/api/payments/webhook"): Rule(dict.fromkeys(ROLES, 400), body={"id": "evt_forged"}),
}


def _documented_operations(client, *, allauth: bool = False) -> set[tuple[str, str]]:
    """The bearer-token operations (or, with allauth=True, allauth's merged sign-in operations:
    they take allauth's session token, never a bearer, and are tested in
    tests/modules/accounts/endpoints and below)."""
    document = client.get("/api/openapi.json").json()
    methods = {"get", "post", "put", "patch", "delete"}
    return {
        (m.upper(), path)
        for path, item in document["paths"].items()
        for m, op in item.items()
        if m in methods and op.get("operationId", "").startswith("allauth_") == allauth
    }


@pytest.mark.parametrize("path", ["auth/session", "account/email", "account/providers"])
def test_a_bearer_token_is_no_allauth_session(client, path):
    assert ("GET", f"/api/auth/{{client}}/v1/{path}") in _documented_operations(client, allauth=True)
    user = UserFactory()

    response = client.get(f"/api/auth/app/v1/{path}", headers=bearer(user))

    assert response.status_code == 401, response.content
    assert user.email not in response.content.decode()


def test_every_operation_has_an_entry(client):
    documented = _documented_operations(client)
    assert documented - EXPECTATIONS.keys() == set(), "new operations need a row in EXPECTATIONS"
    assert EXPECTATIONS.keys() - documented == set(), "EXPECTATIONS lists operations that no longer exist"
    for rule in EXPECTATIONS.values():
        assert set(rule.expect) == set(ROLES)


@pytest.fixture
def people() -> dict[str, Any]:
    people: dict[str, Any] = {
        "user_a": UserFactory(),
        "user_b": UserFactory(),
        "friend_x": FriendFactory(),
        "friend_y": FriendFactory(),
        "manager": UserFactory(role="manager", is_staff=True),
        "admin": UserFactory(role="admin", is_staff=True),
    }
    people["session"] = SessionFactory(user=people["user_a"], friend=people["friend_x"])
    people["conversation"] = conversation_ensure_direct(user_id=people["user_a"].pk, friend_id=people["friend_x"].pk)
    people["message"] = Message.objects.create(
        conversation_id=people["conversation"],
        seq=1,
        sender=people["user_a"],
        client_id="m-1",
        body="hi",
        created_at=timezone.now(),
    )
    Conversation.objects.filter(pk=people["conversation"]).update(last_seq=1, last_message_id=people["message"].pk)
    # Reported by someone outside the matrix's callers, so each participant can still report it once.
    people["report"] = MessageReport.objects.create(
        message=people["message"], reporter=UserFactory(), reason="spam", created_at=timezone.now()
    )
    people["plan"] = PlanFactory()
    people["device"] = Device.objects.create(user=people["user_b"], token="matrix-device-of-b", platform="ios")
    PremiumPaymentFactory(session_id=people["session"].pk, user=people["user_a"], friend=people["friend_x"])
    people["rating"] = Rating.objects.create(
        session_id=10**9, rater=people["user_b"], ratee=people["friend_y"], rater_side="user", stars=4,
        comment="fine", counted=True, created_at=timezone.now(),
    )  # fmt: skip
    people["event"] = event_of(people["friend_x"], capacity=5, start=datetime(2031, 1, 6, 10, tzinfo=UTC))
    add_seat(event_id=people["event"].id, person_id=people["user_a"].pk, status="confirmed", at=timezone.now())
    Event.objects.filter(pk=people["event"].id).update(seats_taken=1)
    survey = surveys_repo.create(
        title="Matrix", moment="manual", audience="everyone", questions=_SURVEY_QUESTIONS, by=None,
        at=timezone.now(),
    )  # fmt: skip
    surveys_repo.publish_draft(survey_id=survey.id, at=timezone.now())
    people["survey"] = survey.id
    [(people["survey_due"], _)] = surveys_repo.dues_create(
        survey_id=survey.id, user_ids=[people["user_a"].pk], reason="manual", at=timezone.now()
    )
    people["ticket"] = Ticket.objects.create(
        requester=people["user_b"], category="other", subject="help", created_at=timezone.now(),
        updated_at=timezone.now(),
    )  # fmt: skip
    people["recording"] = Recording.objects.create(
        session_id=people["session"].pk, user=people["user_a"], friend=people["friend_x"], state="ready",
        requested_by_id=people["user_a"].pk, key_prefix=f"recordings/{people['session'].pk}/1",
        object_key=f"recordings/{people['session'].pk}/1/demo.wav", content_type="audio/wav",
        created_at=timezone.now(),
    )  # fmt: skip
    people["safety_ticket"] = Ticket.objects.create(
        requester=people["user_a"], category="safety", subject="report", link_type="session",
        link_id=people["session"].pk, created_at=timezone.now(), updated_at=timezone.now(),
    )  # fmt: skip
    return people


def _snapshot() -> dict[str, list[dict[str, Any]]]:
    return {
        model._meta.label: list(model._default_manager.order_by("pk").values())
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def _answer_as(client, person, body) -> None:
    response = client.put(
        "/api/questionnaire/answers", data=json.dumps(body), content_type="application/json", headers=bearer(person)
    )
    assert response.status_code == 200, response.content


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("method", "path"), sorted(EXPECTATIONS))
def test_access(client, people, method, path, role):
    rule = EXPECTATIONS[(method, path)]
    if rule.check is _no_foreign_answers:
        _answer_as(client, people[OTHER[role]], _valid_answers(people))
    target_pk = rule.target_id(people) if rule.target_id else people[rule.target(role)].pk
    url = re.sub(r"\{[a-z_]+\}", str(target_pk), path)
    body = rule.body(people) if callable(rule.body) else rule.body
    headers = bearer(people[role]) if role != "anonymous" else {}
    before = _snapshot()

    response = client.generic(
        method,
        url,
        data=json.dumps(body) if body is not None else "",
        content_type="application/json",
        headers=headers,
    )

    expected = rule.expect[role]
    assert response.status_code == expected, (role, method, url, response.content[:300])
    if expected >= 400:
        assert response["Content-Type"].startswith("application/problem+json")
        assert _snapshot() == before, "a refused call changed the database"
    elif rule.check:
        rule.check(response, people, role)
