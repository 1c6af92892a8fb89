"""The import contracts can fail: each one catches the violation it exists for.

Every case copies the real package tree into a temporary folder, adds one offending import,
runs lint-imports with the repository's own importlinter.ini, and expects exactly that one
contract to be reported broken. A contract added to importlinter.ini without a case here
fails `test_every_contract_has_a_proof`.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "importlinter.ini"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
# Copied as they are; a case then adds its files on top.
TREE = {
    "config": ROOT / "config",
    **{name: ROOT / "src" / name for name in ("entrypoints", "modules", "adapters", "core")},
}

# Two small, framework-free packages the cases can import without dragging Django in
# (an indirect import of django would break the purity contract as well).
PROBE_MODULE = {
    "modules/probe/__init__.py": "",
    "modules/probe/models.py": "PROBE_TABLE = 'probe'\n",
    "modules/probe/public.py": "from modules.probe.models import PROBE_TABLE\n",
}
PROBE_ADAPTERS = {
    "adapters/probe_a/__init__.py": "",
    "adapters/probe_a/client.py": "NAME = 'a'\n",
    "adapters/probe_b/__init__.py": "",
}

VIOLATIONS: dict[str, dict[str, str]] = {
    "core imports django": {
        "core/probe_violation.py": "import django.db\n",
    },
    "a module's domain imports django": {
        "modules/accounts/domain/probe_violation.py": "from django.db import models\n",
    },
    "a module's domain imports an adapter": {
        **PROBE_ADAPTERS,
        "modules/accounts/domain/probe_violation.py": "import adapters.probe_a.client\n",
    },
    "a module imports another module's models": {
        **PROBE_MODULE,
        "modules/accounts/probe_violation.py": "from modules.probe.models import PROBE_TABLE\n",
    },
    "core imports a module (upwards)": {
        **PROBE_MODULE,
        "core/probe_violation.py": "import modules.probe.public\n",
    },
    "an adapter imports another adapter": {
        **PROBE_ADAPTERS,
        "adapters/probe_b/client.py": "from adapters.probe_a.client import NAME\n",
    },
    "a module imports stripe": {
        **PROBE_MODULE,
        "modules/probe/payments.py": "import stripe\n",
    },
}

EXPECTED_BROKEN = {
    "core imports django": {"pure-domain"},
    "a module's domain imports django": {"pure-domain"},
    # modules and adapters are independent siblings in the layers too: two contracts say no.
    "a module's domain imports an adapter": {"pure-domain", "layers"},
    "a module imports another module's models": {"modules-independent"},
    "core imports a module (upwards)": {"layers"},
    "an adapter imports another adapter": {"adapters-independent"},
    "a module imports stripe": {"vendor-sdks"},
}


def _contracts() -> dict[str, str]:
    """Contract id -> its `name` as lint-imports prints it."""
    parser = configparser.ConfigParser()
    parser.read(CONFIG)
    prefix = "importlinter:contract:"
    return {
        section[len(prefix) :]: parser[section]["name"] for section in parser.sections() if section.startswith(prefix)
    }


def _copy_tree(dest: Path) -> None:
    for name, source in TREE.items():
        shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


def _lint(tree: Path) -> tuple[int, dict[str, str]]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    result = subprocess.run(
        [str(LINT_IMPORTS), str(CONFIG), "--no-cache"], cwd=tree, env=env, capture_output=True, text=True, timeout=120
    )
    output = result.stdout + result.stderr
    names = _contracts()
    verdicts = {}
    for contract_id, name in names.items():
        match = re.search(rf"^{re.escape(name)} (KEPT|BROKEN)", output, re.MULTILINE)
        assert match, f"lint-imports did not report on {name!r}:\n{output}"
        verdicts[contract_id] = match.group(1)
    return result.returncode, verdicts


def test_every_contract_has_a_proof():
    assert set(_contracts()) == set().union(*EXPECTED_BROKEN.values())


def test_the_real_tree_keeps_every_contract(tmp_path):
    _copy_tree(tmp_path)
    returncode, verdicts = _lint(tmp_path)
    assert verdicts == dict.fromkeys(_contracts(), "KEPT")
    assert returncode == 0


@pytest.mark.parametrize("case", list(VIOLATIONS))
def test_one_violation_breaks_exactly_its_contract(tmp_path, case):
    _copy_tree(tmp_path)
    for relative, text in VIOLATIONS[case].items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    returncode, verdicts = _lint(tmp_path)
    broken = {contract_id for contract_id, verdict in verdicts.items() if verdict == "BROKEN"}
    assert broken == EXPECTED_BROKEN[case]
    assert returncode != 0
