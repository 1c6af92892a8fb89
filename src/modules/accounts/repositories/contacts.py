"""How to reach a person (billing's receipts and reminders)."""

from __future__ import annotations

from modules.accounts.models import User


def contact_email(user_id: int) -> str | None:
    return User.objects.filter(pk=user_id).values_list("email", flat=True).first()
