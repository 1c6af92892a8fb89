"""Django admin for accounts: staff look people up and filter by role (kit.admin: managers
look, admins change; emails, names and bios are for admins only).

Passwords are only ever set through Django's own password forms (hashed, validated);
roles and admin flags are read-only here except for superusers, so the admin site cannot
be used to sidestep the role rules the API enforces.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.http import HttpRequest

from kit.admin import StaffAdmin, StaffAdminMixin, is_admin
from modules.accounts.domain.emails import EmailRefused, normal_email
from modules.accounts.models import Consent, FriendProfile, Profile, SignupSource, User


class _NormalEmailMixin:
    """Staff type addresses too: the same normal form and refusals as sign-up."""

    cleaned_data: dict[str, Any]

    def clean_email(self) -> str:
        try:
            return normal_email(self.cleaned_data["email"])
        except EmailRefused as refused:
            raise forms.ValidationError(refused.message, code=refused.code) from refused


class UserCreateForm(_NormalEmailMixin, AdminUserCreationForm):
    class Meta:
        model = User
        fields = ("email",)


class UserEditForm(_NormalEmailMixin, UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    fields = ("display_name", "bio", "languages", "timezone", "avatar_key")


@admin.register(User)
class UserAdmin(StaffAdminMixin, DjangoUserAdmin):
    personal_fields = ("email",)
    form = UserEditForm
    add_form = UserCreateForm
    list_display = ("email", "role", "is_active", "date_joined")
    list_filter = ("role", "is_active")
    search_fields = ("email",)
    ordering = ("email",)
    list_select_related = ("profile",)
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Access", {"fields": ("role", "is_active", "is_staff", "is_superuser", "groups", "user_permissions")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "usable_password", "password1", "password2")}),)
    readonly_fields = ("last_login", "date_joined")
    filter_horizontal = ("groups", "user_permissions")

    def get_inlines(self, request: HttpRequest, obj: User | None = None) -> tuple[type[admin.StackedInline], ...]:
        # The add form only asks for email and password; the profile is edited afterwards, and
        # only admins see it (names and bios are personal data).
        return (ProfileInline,) if obj and is_admin(request) else ()

    def save_model(self, request: HttpRequest, obj: User, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if not change:
            # Same invariant as UserManager: every account has a profile.
            Profile.objects.get_or_create(user=obj, defaults={"display_name": obj.email.split("@")[0][:60]})

    def get_readonly_fields(self, request: HttpRequest, obj: User | None = None) -> tuple[str, ...]:
        fields = tuple(super().get_readonly_fields(request, obj))
        if request.user.is_superuser:
            return fields
        return (*fields, "role", "is_staff", "is_superuser", "groups", "user_permissions")


@admin.register(Profile)
class ProfileAdmin(StaffAdmin):
    personal_fields = ("user", "display_name", "bio", "avatar_key")
    list_display = ("user", "display_name", "timezone", "updated_at")
    search_fields = ("user__email", "display_name")
    list_select_related = ("user",)
    raw_id_fields = ("user",)


@admin.register(FriendProfile)
class FriendProfileAdmin(StaffAdmin):
    personal_fields = ("user",)
    list_display = ("user", "headline", "currency", "weekly_capacity", "is_accepting", "updated_at")
    list_filter = ("is_accepting", "currency")
    search_fields = ("user__email", "headline")
    list_select_related = ("user",)
    raw_id_fields = ("user",)


@admin.register(SignupSource)
class SignupSourceAdmin(StaffAdmin):
    personal_fields = ("user", "referrer")
    read_only = True  # what the sign-up sent; nobody edits history
    list_display = ("user", "source", "utm_medium", "utm_campaign", "created_at")
    list_filter = ("source", "utm_medium")
    search_fields = ("source", "utm_campaign")
    list_select_related = ("user",)


@admin.register(Consent)
class ConsentAdmin(StaffAdmin):
    personal_fields = ("user",)
    read_only = True  # proof of what a person agreed to: never rewritten
    list_display = ("user", "kind", "granted", "version", "source", "at")
    list_filter = ("kind", "granted", "source")
    list_select_related = ("user",)
