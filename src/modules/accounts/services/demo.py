"""Demo accounts for local development (`make run`)."""

from __future__ import annotations

from allauth.account.models import EmailAddress

from core.identity import Role
from modules.accounts.models import FriendProfile, Profile, User

DEMO_PASSWORD = "humanlink-demo-123"

_PEOPLE = [
    ("admin@demo.humanlink.local", Role.ADMIN, "Ada Admin", "UTC", ["en"]),
    ("manager@demo.humanlink.local", Role.MANAGER, "Max Manager", "Europe/London", ["en"]),
    ("user@demo.humanlink.local", Role.USER, "Uma User", "America/New_York", ["en", "es"]),
    ("friend1@demo.humanlink.local", Role.FRIEND, "Fran Friend", "Europe/Berlin", ["en", "de"]),
    ("friend2@demo.humanlink.local", Role.FRIEND, "Felix Friend", "America/Los_Angeles", ["en"]),
    ("friend3@demo.humanlink.local", Role.FRIEND, "Fatima Friend", "Asia/Tokyo", ["en", "ja"]),
]


def demo_accounts_ensure() -> list[str]:
    lines = []
    for email, role, name, tz, languages in _PEOPLE:
        user = User.objects.filter(email=email).first()
        if user is None:
            if role == Role.ADMIN:
                user = User.objects.create_superuser(email, DEMO_PASSWORD)
            else:
                user = User.objects.create_user(email, DEMO_PASSWORD, role=role, is_staff=role == Role.MANAGER)
            lines.append(f"created {role.value:8} {email}")
        else:
            lines.append(f"exists  {role.value:8} {email}")
        Profile.objects.update_or_create(
            user=user, defaults={"display_name": name, "timezone": tz, "languages": languages}
        )
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        if role == Role.FRIEND:
            FriendProfile.objects.update_or_create(
                user=user,
                defaults={
                    "headline": f"{name.split()[0]} loves a good conversation",
                    "session_types": ["text", "voice", "video"],
                    "prices_minor": {"text": 1500, "voice": 2500, "video": 3500},
                    "session_lengths_minutes": [30, 60],
                },
            )
    lines.append(f"password for every demo account: {DEMO_PASSWORD}")
    return lines


def demo_friend_ids() -> list[int]:
    emails = [email for email, role, *_ in _PEOPLE if role == Role.FRIEND]
    return list(User.objects.filter(email__in=emails).order_by("pk").values_list("pk", flat=True))


def demo_user_id() -> int | None:
    """The demo user (not friend, not staff) that the demo sessions belong to."""
    emails = [email for email, role, *_ in _PEOPLE if role == Role.USER]
    return User.objects.filter(email__in=emails).order_by("pk").values_list("pk", flat=True).first()
