"""People's notification preferences: channels per kind, quiet hours, one-click unsubscribe."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from core.errors import FieldProblem, InvalidInput
from modules.accounts.public import person_basics
from modules.notifications.domain.kinds import CONFIGURABLE, DEFAULTS, Channels, NotificationKind, channels_for
from modules.notifications.domain.quiet_hours import QuietHours
from modules.notifications.repositories import preferences as repo
from modules.notifications.services import unsubscribe


@dataclass(frozen=True)
class KindChoice:
    kind: NotificationKind
    channels: Channels
    default: Channels


@dataclass(frozen=True)
class PreferencesView:
    kinds: list[KindChoice]
    quiet_hours: QuietHours | None
    timezone: str


@dataclass(frozen=True)
class ChannelChange:
    """What a PATCH says about one kind: None leaves that channel as it is."""

    kind: NotificationKind
    push: bool | None = None
    email: bool | None = None
    in_app: bool | None = None


# A sentinel: "quiet_hours" absent from a PATCH leaves them alone, null removes them.
KEEP = object()


def timezone_of(user_id: int) -> str:
    basics = person_basics(user_id)
    return basics.timezone if basics else "UTC"


def preferences_get(*, user_id: int) -> PreferencesView:
    chosen = repo.choices_of(user_id)
    return PreferencesView(
        kinds=[KindChoice(k, channels_for(k, chosen), DEFAULTS[k]) for k in CONFIGURABLE],
        quiet_hours=repo.quiet_hours_of(user_id),
        timezone=timezone_of(user_id),
    )


def preferences_update(
    *, user_id: int, changes: list[ChannelChange], quiet_hours: QuietHours | object | None = KEEP
) -> PreferencesView:
    """Apply a partial change (only the kinds and channels named), all or nothing."""
    problems = [
        FieldProblem(("body", "kinds", i, "kind"), "account notifications are always on")
        for i, change in enumerate(changes)
        if change.kind not in CONFIGURABLE
    ]
    if isinstance(quiet_hours, QuietHours) and quiet_hours.empty:
        problems.append(FieldProblem(("body", "quiet_hours"), "start and end must differ (null turns them off)"))
    if problems:
        raise InvalidInput("Some preferences are not valid.", errors=problems)
    with transaction.atomic():
        chosen = repo.choices_of(user_id)
        updated: dict[NotificationKind, Channels] = {}
        for change in changes:
            current = updated.get(change.kind) or channels_for(change.kind, chosen)
            updated[change.kind] = current.with_changes(push=change.push, email=change.email, in_app=change.in_app)
        repo.choices_save(user_id=user_id, choices=updated)
        if quiet_hours is not KEEP:
            assert quiet_hours is None or isinstance(quiet_hours, QuietHours)
            repo.quiet_hours_save(user_id=user_id, hours=quiet_hours)
    return preferences_get(user_id=user_id)


@dataclass(frozen=True)
class UnsubscribeView:
    kind: NotificationKind
    email: bool  # whether that kind's email is on (after the call)


def unsubscribe_status(*, token: str) -> UnsubscribeView:
    user_id, kind = unsubscribe.read_token(token)
    return UnsubscribeView(kind, channels_for(kind, repo.choices_of(user_id)).email)


def unsubscribe_confirm(*, token: str) -> UnsubscribeView:
    """Turn the link's kind of email off for its person (idempotent)."""
    user_id, kind = unsubscribe.read_token(token)
    if not repo.person_exists(user_id):  # erased since the email went out: nothing to turn off
        raise unsubscribe.UnsubscribeLinkInvalid("This unsubscribe link is not valid.")
    with transaction.atomic():
        current = channels_for(kind, repo.choices_of(user_id))
        repo.choices_save(user_id=user_id, choices={kind: current.with_changes(email=False)})
    return UnsubscribeView(kind, False)
