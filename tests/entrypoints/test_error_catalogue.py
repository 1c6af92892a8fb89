"""One catalogue of stable problem codes (core.error_codes), and nothing answers outside it.

- A committed snapshot: a code that changes or disappears fails here (clients switch on codes).
- Every code the source can raise is catalogued: the `code` of every DomainError subclass, every
  literal (or module constant) passed as `code=` to an error class or to problem_response, and
  the per-status defaults.
- At run time a code outside the catalogue falls back to the status's code.
"""

from __future__ import annotations

import ast
import importlib
import os
import pkgutil
from pathlib import Path

import pytest

from core import errors as domain
from core.error_codes import ERROR_CODES
from entrypoints.http.problems import STATUS_CODES, problem_body

SNAPSHOT = Path(__file__).parent / "snapshots" / "error_codes.txt"
SRC = Path(__file__).resolve().parents[2] / "src"


def test_catalogue_matches_the_published_snapshot():
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text("".join(f"{code}\n" for code in sorted(ERROR_CODES)))
    published = set(SNAPSHOT.read_text().split())
    assert published - ERROR_CODES.keys() == set(), "published error codes must never change or disappear"
    assert ERROR_CODES.keys() - published == set(), "new codes: record them with UPDATE_SNAPSHOTS=1"


def test_every_code_has_a_meaning():
    for code, meaning in ERROR_CODES.items():
        assert code == code.lower(), code
        assert code.replace("_", "").isalnum(), code
        assert meaning.strip(), code


def _import_everything() -> None:
    for package in ("core", "modules", "adapters", "entrypoints"):
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
            if ".migrations" not in info.name:
                importlib.import_module(info.name)


def _subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub, *_subclasses(sub)}
    return found


def _error_class_codes() -> dict[str, str]:
    _import_everything()
    return {f"{cls.__module__}.{cls.__qualname__}": cls.code for cls in _subclasses(domain.DomainError)}


def _literal_codes() -> dict[str, str]:
    """`code=` arguments of calls to error classes / problem builders, as written in the source."""
    error_names = {cls.__name__ for cls in _subclasses(domain.DomainError)} | {"DomainError"}
    builders = error_names | {"problem_response", "problem_body", "ErrorInfo"}
    found: dict[str, str] = {}
    for path in SRC.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(), filename=str(path))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in builders:
                continue
            for keyword in node.keywords:
                if keyword.arg != "code":
                    continue
                value = keyword.value
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found[f"{path.relative_to(SRC)}:{node.lineno}"] = value.value
                elif isinstance(value, ast.Name) and value.id in constants:
                    found[f"{path.relative_to(SRC)}:{node.lineno}"] = constants[value.id]
    return found


def test_every_code_the_source_raises_is_catalogued():
    used = {**_error_class_codes(), **_literal_codes(), **{f"status {s}": c for s, c in STATUS_CODES.items()}}
    missing = {where: code for where, code in used.items() if code not in ERROR_CODES}
    assert not missing, f"add these codes to core/error_codes.py (and docs/api.md): {missing}"


def test_the_source_scan_finds_the_codes_it_should():
    # Guards the scan itself: codes raised by keyword at known places, through a constant too.
    found = set(_literal_codes().values())
    assert {"slot_taken", "staff_only", "token_not_valid", "service_unavailable"} <= found


def test_a_code_outside_the_catalogue_falls_back_to_the_status_code():
    assert problem_body(409, code="made_up_code")["code"] == "conflict"
    assert problem_body(422, code="slot_taken")["code"] == "slot_taken"


@pytest.mark.django_db
def test_allauth_codes_pass_on_only_when_catalogued(client):
    def login(email: str, password: str) -> dict:
        response = client.post(
            "/api/auth/app/v1/auth/login",
            data={"email": email, "password": password},
            content_type="application/json",
        )
        assert response.status_code == 400
        return response.json()

    # A generic form code ("invalid") stays in `errors`; the problem code is the status's own.
    body = login("not-an-email", "x")
    assert (body["code"], body["errors"][0]["type"]) == ("bad_request", "invalid")
    # A catalogued allauth code is the problem's code.
    assert login("nobody@example.com", "wrong-password-123")["code"] == "email_password_mismatch"


def test_the_api_guide_lists_every_code():
    guide = (SRC.parent / "docs" / "api.md").read_text()
    undocumented = [code for code in ERROR_CODES if f"| `{code}` |" not in guide]
    assert not undocumented, f"docs/api.md, 'Error catalogue', lacks {undocumented}"
