"""A TypeScript client generated from /api/openapi.json type-checks.

openapi-typescript turns the document into types; clients/typescript/client_check.ts signs in
(refresh), books and chats with openapi-fetch using only those types, names operations by their
operationIds, and checks that `ProblemDetails.code` is the catalogue's enum (a made-up code must
not compile). tsc must accept it. Needs Node 20 and npm (the machine has them); the packages are
pinned in clients/typescript/package-lock.json.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import Client

CLIENT = Path(__file__).resolve().parents[2] / "clients" / "typescript"

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("npm") is None, reason="needs Node and npm"),
]


def _run(*command: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=CLIENT, capture_output=True, text=True, timeout=timeout, check=False)


def test_generated_typescript_client_type_checks():
    if not (CLIENT / "node_modules" / ".package-lock.json").exists():
        installed = _run("npm", "ci", "--no-audit", "--no-fund")
        assert installed.returncode == 0, installed.stdout + installed.stderr
    generated = CLIENT / "generated"
    generated.mkdir(exist_ok=True)
    (generated / "openapi.json").write_bytes(Client().get("/api/openapi.json").content)

    # Properties with a default are optional in request bodies: --default-non-nullable false.
    types = _run(
        "npx",
        "openapi-typescript",
        "generated/openapi.json",
        "-o",
        "generated/api.d.ts",
        "--default-non-nullable",
        "false",
    )
    assert types.returncode == 0, types.stdout + types.stderr
    checked = _run("npx", "tsc", "-p", ".")
    assert checked.returncode == 0, checked.stdout + checked.stderr
