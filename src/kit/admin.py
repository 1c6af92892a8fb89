"""One base for every module's Django admin pages.

- Staff roles decide access, as in the API: managers and admins (and superusers) may look;
  only admins change anything, and rows the platform alone writes (money, provider events,
  audit trails) are read-only for everybody (`read_only = True`).
- Personal data is for admins only: `personal_fields` are hidden from managers' lists, forms
  and searches; a person-valued column is shown to them as the person's id instead.
- Lists stay cheap: 50 rows a page, no full-table COUNT(*) on every page, and each admin names
  the relations its columns need in `list_select_related` (tests count the queries).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import HttpRequest

STAFF_ROLES = frozenset({"manager", "admin"})


def is_staff_member(request: HttpRequest) -> bool:
    user = request.user
    return bool(user.is_active and user.is_staff and (user.is_superuser or getattr(user, "role", "") in STAFF_ROLES))


def is_admin(request: HttpRequest) -> bool:
    user = request.user
    return bool(user.is_active and user.is_staff and (user.is_superuser or getattr(user, "role", "") == "admin"))


class StaffAdminMixin:
    personal_fields: tuple[str, ...] = ()
    read_only: bool = False
    list_per_page = 50
    show_full_result_count = False

    model: type[models.Model]

    # --- who may do what ---------------------------------------------------------------
    def has_module_permission(self, request: HttpRequest) -> bool:
        return is_staff_member(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_staff_member(request)

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return not self.read_only and is_admin(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not self.read_only and is_admin(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not self.read_only and is_admin(request)

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        # "Delete selected" and friends: bulk changes are for admins on writable models only.
        if self.read_only or not is_admin(request):
            return {}
        return super().get_actions(request)  # type: ignore[misc]

    # --- personal data for admins only -----------------------------------------------------
    def _as_id_for_managers(self, name: str) -> str | None:
        """A hidden person column becomes its id column for managers; other personal columns go."""
        try:
            field = self.model._meta.get_field(name)
        except FieldDoesNotExist:  # a method or callable column: simply hidden
            return None
        if isinstance(field, models.ForeignKey | models.OneToOneField):
            return field.attname
        return None

    def get_list_display(self, request: HttpRequest) -> Any:
        columns = list(super().get_list_display(request))  # type: ignore[misc]
        if is_admin(request):
            return columns
        out = []
        for name in columns:
            if name in self.personal_fields:
                replacement = self._as_id_for_managers(name)
                if replacement:
                    out.append(replacement)
            else:
                out.append(name)
        return out or ["pk"]

    def get_list_display_links(self, request: HttpRequest, list_display: Any) -> Any:
        links = super().get_list_display_links(request, list_display)  # type: ignore[misc]
        if links:
            links = [link for link in links if link in list_display]
        return links or list(list_display)[:1]

    def get_search_fields(self, request: HttpRequest) -> Any:
        fields = list(super().get_search_fields(request))  # type: ignore[misc]
        if is_admin(request):
            return fields
        return [f for f in fields if f.lstrip("^=@").split("__")[0] not in self.personal_fields]

    def get_exclude(self, request: HttpRequest, obj: Any = None) -> Any:
        exclude = list(super().get_exclude(request, obj) or [])  # type: ignore[misc]
        if not is_admin(request):
            exclude += [f for f in self.personal_fields if f not in exclude]
        return exclude

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        fields = list(super().get_fields(request, obj))  # type: ignore[misc]
        if is_admin(request):
            return fields
        return [f for f in fields if f not in self.personal_fields]

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> Any:
        fieldsets = super().get_fieldsets(request, obj)  # type: ignore[misc]
        if is_admin(request):
            return fieldsets
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f not in self.personal_fields]})
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if self.read_only:
            return [f.name for f in self.model._meta.concrete_fields]
        return super().get_readonly_fields(request, obj)  # type: ignore[misc]


class StaffAdmin(StaffAdminMixin, admin.ModelAdmin):
    """The admin every model gets unless it needs Django's own (e.g. the user admin)."""


class ReadOnlyInline(admin.TabularInline):
    """History rows under their parent (e.g. a session's transitions): shown, never edited."""

    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_staff_member(request)
