from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from core.identity import Role
from modules.accounts.domain.emails import normal_email


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create(self, email: str, password: str | None, **extra: object) -> User:
        if not email:
            raise ValueError("email is required")
        user = self.model(email=normal_email(email), **extra)
        user.set_password(password)
        user.save(using=self._db)
        Profile.objects.create(user=user, display_name=user.email.split("@")[0][:60])
        return user

    def create_user(self, email: str, password: str | None = None, **extra: object) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: object) -> User:
        extra.update(is_staff=True, is_superuser=True, role=Role.ADMIN)
        return self._create(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """Keyed by email; `role` drives what the API lets a person do."""

    email = models.EmailField(unique=True)
    role = models.CharField(max_length=16, choices=[(r.value, r.name.title()) for r in Role], default=Role.USER)
    is_active = models.BooleanField(default=True)
    # Django admin access only; API permissions come from `role`.
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        constraints = [models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique")]
        indexes = [
            models.Index(fields=["role", "is_active"]),
            # The conversion funnel reads sign-ups by role and time (analytics).
            models.Index(fields=["role", "date_joined"], name="accounts_user_role_joined"),
        ]

    def __str__(self) -> str:
        # Not the email: this text lands in admin pages managers see, logs and error reports.
        return f"{self.role} #{self.pk}"


class Profile(models.Model):
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile", primary_key=True)
    display_name = models.CharField(max_length=60, blank=True)
    bio = models.TextField(max_length=2000, blank=True)
    languages = models.JSONField(default=list, blank=True)
    timezone = models.CharField(max_length=64, default="UTC")
    avatar_key = models.CharField(max_length=255, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"profile of {self.user_id}"


class FriendProfile(models.Model):
    """What a friend offers: set by the friend, except `is_listed`, which staff control."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="friend_profile", primary_key=True)
    headline = models.CharField(max_length=120, blank=True)
    session_types = models.JSONField(default=list, blank=True)
    prices_minor = models.JSONField(default=dict, blank=True)
    currency = models.CharField(max_length=3, default="usd")
    session_lengths_minutes = models.JSONField(default=list, blank=True)
    weekly_capacity = models.PositiveSmallIntegerField(default=10)
    is_accepting = models.BooleanField(default=True)
    # The friend refuses every request to record their sessions (recordings module).
    never_record = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"friend {self.user_id}"


class SignupSource(models.Model):
    """Where a person came from when they signed up (UTM parameters and referrer), kept with the
    account for the conversion funnel. `source` is the one label reports group by."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="signup_source", primary_key=True)
    source = models.CharField(max_length=100, default="direct")
    utm_source = models.CharField(max_length=100, blank=True)
    utm_medium = models.CharField(max_length=100, blank=True)
    utm_campaign = models.CharField(max_length=100, blank=True)
    utm_term = models.CharField(max_length=100, blank=True)
    utm_content = models.CharField(max_length=100, blank=True)
    referrer = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"sign-up source of {self.user_id}"


class Consent(models.Model):
    """One consent decision, never updated: accepting the terms or privacy notice (with its
    version), opting in to or out of marketing, asking not to have data sold or shared (CCPA).
    The latest row of a kind is the person's current choice; the rows before it are the proof."""

    class Kind(models.TextChoices):
        TERMS = "terms"
        PRIVACY = "privacy"
        MARKETING = "marketing"
        DO_NOT_SELL = "do_not_sell"

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    granted = models.BooleanField()
    version = models.CharField(max_length=32, blank=True)
    source = models.CharField(max_length=16, default="api")  # "signup", "api", "erasure"
    at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["user", "kind", "-at"]), models.Index(fields=["kind", "granted", "-at"])]

    def __str__(self) -> str:
        return f"{self.kind}={'yes' if self.granted else 'no'} for {self.user_id}"
