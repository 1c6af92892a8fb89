"""All ORM access for people's notification preferences and quiet hours."""

from __future__ import annotations

from django.db import transaction

from modules.notifications.domain.kinds import Channels, NotificationKind
from modules.notifications.domain.quiet_hours import QuietHours as QuietWindow
from modules.notifications.models import Preference, QuietHours


def choices_of(user_id: int) -> dict[NotificationKind, Channels]:
    """The kinds this person changed from the defaults (rows of kinds no longer known are ignored)."""
    known = {k.value for k in NotificationKind}
    return {
        NotificationKind(kind): Channels(push=push, email=email, in_app=in_app)
        for kind, push, email, in_app in Preference.objects.filter(user_id=user_id).values_list(
            "kind", "push", "email", "in_app"
        )
        if kind in known
    }


def quiet_hours_of(user_id: int) -> QuietWindow | None:
    row = QuietHours.objects.filter(user_id=user_id).values_list("start", "end").first()
    return QuietWindow(start=row[0], end=row[1]) if row else None


def person_exists(user_id: int) -> bool:
    return Preference._meta.get_field("user").related_model.objects.filter(pk=user_id).exists()


def choices_save(*, user_id: int, choices: dict[NotificationKind, Channels]) -> None:
    with transaction.atomic():
        for kind, channels in choices.items():
            Preference.objects.update_or_create(
                user_id=user_id,
                kind=kind.value,
                defaults={"push": channels.push, "email": channels.email, "in_app": channels.in_app},
            )


def quiet_hours_save(*, user_id: int, hours: QuietWindow | None) -> None:
    if hours is None:
        QuietHours.objects.filter(user_id=user_id).delete()
    else:
        QuietHours.objects.update_or_create(user_id=user_id, defaults={"start": hours.start, "end": hours.end})
