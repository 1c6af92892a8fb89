"""Rows for a person's data export (GDPR art. 15/20, CCPA): plain dicts, one list per table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Model, QuerySet


def label(model: type[Model]) -> str:
    return model._meta.label


def rows(queryset: QuerySet[Any], *, exclude: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Every concrete column of the rows (foreign keys as ids), less the excluded ones, in id order."""
    skip = set(exclude)
    fields = [f.attname for f in queryset.model._meta.concrete_fields if f.name not in skip and f.attname not in skip]
    return list(queryset.order_by("pk").values(*fields))
