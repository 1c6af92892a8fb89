"""Write the API's OpenAPI documents to files, without a running server (for generated clients).

`--api FILE`: the Ninja API (`/api/openapi.json`). `--auth FILE`: allauth headless's own
document for the sign-in flows under /api/auth/ (they are allauth's views, not Ninja's, so
they are not in the first one), with its paths rooted where config/urls.py mounts them.
The web app generates its TypeScript types from both (web/scripts/api-types.mjs).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from unittest import mock

from django.core.management.base import BaseCommand, CommandParser
from ninja.responses import NinjaJSONEncoder

from entrypoints.http.api import api

AUTH_ROOT = "/api/auth"


def ninja_schema() -> dict[str, Any]:
    return dict(api.get_openapi_schema())


def allauth_schema() -> dict[str, Any]:
    from allauth.headless.spec.internal import schema as allauth_spec

    def chroot(spec: dict[str, Any]) -> None:
        # allauth roots its paths at its own spec view, which this project does not serve.
        spec["paths"] = {path.replace("/_allauth", AUTH_ROOT): item for path, item in spec["paths"].items()}

    with mock.patch.object(allauth_spec, "chroot", chroot):
        spec = allauth_spec.get_schema()
    # Our token strategy (modules.accounts.identity.token_strategy) hands out a ninja-jwt pair:
    # allauth's document knows only the access token.
    meta = spec["components"]["schemas"]["BaseAuthenticationMeta"]["properties"]
    meta["refresh_token"] = {"type": "string", "description": "ninja-jwt refresh token (POST /api/auth/token/refresh)"}
    meta["expires_in"] = {"type": "integer", "description": "Seconds until the access token expires"}
    return spec


def write(path: str, document: dict[str, Any]) -> None:
    Path(path).write_text(json.dumps(document, indent=2, cls=NinjaJSONEncoder) + "\n", encoding="utf-8")


class Command(BaseCommand):
    help = "Export the OpenAPI documents (Ninja API and allauth headless) as JSON files."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--api", metavar="FILE", help="write the Ninja API's document here")
        parser.add_argument("--auth", metavar="FILE", help="write allauth headless's document here")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["api"]:
            write(options["api"], ninja_schema())
        if options["auth"]:
            write(options["auth"], allauth_schema())
