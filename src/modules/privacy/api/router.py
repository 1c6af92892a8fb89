"""/api/users/me/export: a person's data, machine-readable."""

from __future__ import annotations

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from ninja import Router, Schema

from modules.accounts.public import actor_of
from modules.privacy import dependencies as deps
from modules.privacy.services.export import personal_data_export

router = Router(tags=["privacy"])


class DataExportOut(Schema):
    format: str
    generated_at: str
    user_id: int
    tables: dict[str, list[dict[str, object]]]


@router.get(
    "",
    response=DataExportOut,
    operation_id="privacy_export_get",
    summary="Download all my data (GDPR/CCPA)",
    description=(
        "Every row HumanLink holds about the caller, by table, as JSON (a download: "
        "`Content-Disposition: attachment`). Others' words are not included (only messages the "
        "caller sent); secrets never are (password hash, tokens)."
    ),
)
def export_get(request: HttpRequest):
    actor = actor_of(request)
    archive = personal_data_export(user_id=actor.user_id, now=deps.clock().now())
    response = HttpResponse(json.dumps(archive, cls=DjangoJSONEncoder), content_type="application/json")
    stamp = archive["generated_at"].strftime("%Y%m%dT%H%M%SZ")
    response["Content-Disposition"] = f'attachment; filename="humanlink-data-{actor.user_id}-{stamp}.json"'
    response["Cache-Control"] = "no-store"
    return response
