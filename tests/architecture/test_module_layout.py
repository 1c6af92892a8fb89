"""Each thing has one home, so the next engineer finds it where the last one put it.

- Event subscriptions: only in `modules/<m>/handlers.py`, in one `connect()` that the module's
  AppConfig.ready calls (the reactions themselves are services).
- Work after commit: only through `kit.transactions.after_commit`, never `transaction.on_commit`.
- Routers (`api/`) call services, never repositories or the ORM.
- A module's provider ports: its `dependencies.py` resolves each one from the container with
  `Provide[...]` and guards it with `kit.wiring.wired`, so an unwired module fails loudly.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
MODULES = sorted(p for p in (SRC / "modules").iterdir() if (p / "__init__.py").exists())

# A file that cannot follow these rules yet goes here, with why (none today).
NOT_YET_CONVERGED: set[str] = set()


def _python_files() -> list[Path]:
    return [p for p in SRC.rglob("*.py") if "migrations" not in p.parts]


def _relative(path: Path) -> str:
    return path.relative_to(SRC).as_posix()


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if called == name:
                found.append(node)
    return found


def test_event_subscriptions_live_only_in_handlers():
    offenders = []
    for path in _python_files():
        relative = _relative(path)
        if relative == "core/events.py" or (relative.startswith("modules/") and path.name == "handlers.py"):
            continue
        if _calls(ast.parse(path.read_text()), "subscribe"):
            offenders.append(relative)
    assert offenders == []


# A module that cannot follow the rule yet goes here, with why (none today).
HANDLERS_NOT_YET_CONVERGED: set[str] = set()


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_handlers_are_connected_once_from_ready(module):
    if module.name in HANDLERS_NOT_YET_CONVERGED:
        pytest.skip("not converged yet: see HANDLERS_NOT_YET_CONVERGED")
    handlers = module / "handlers.py"
    apps = (module / "apps.py").read_text()
    if not handlers.exists():
        assert "handlers" not in apps
        return
    tree = ast.parse(handlers.read_text())
    functions = [node.name for node in tree.body if isinstance(node, ast.FunctionDef)]
    assert functions == ["connect"], "handlers.py wires subscriptions; the reactions belong in services"
    assert f"from modules.{module.name} import handlers" in apps
    assert "handlers.connect()" in apps


def test_work_after_commit_goes_through_the_kit():
    offenders = []
    for path in _python_files():
        relative = _relative(path)
        if relative == "kit/transactions.py" or relative in NOT_YET_CONVERGED:
            continue
        if _calls(ast.parse(path.read_text()), "on_commit"):
            offenders.append(relative)
    assert offenders == []


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_dependencies_guard_every_port_with_wired(module):
    path = module / "dependencies.py"
    if not path.exists() or _relative(path) in NOT_YET_CONVERGED:
        return
    tree = ast.parse(path.read_text())
    providers = [node for node in tree.body if isinstance(node, ast.FunctionDef)]
    assert providers, "a dependencies.py without providers should not exist"
    for function in providers:
        names = [d.id for d in function.decorator_list if isinstance(d, ast.Name)]
        assert names == ["inject"], function.name
        assert _calls(function, "wired"), f"{function.name} does not guard its port with kit.wiring.wired"


def test_routers_call_services_not_repositories():
    offenders = []
    for path in _python_files():
        relative = _relative(path)
        if "/api/" not in relative or relative in NOT_YET_CONVERGED:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            if any(".repositories" in name or name.endswith(".models") for name in names):
                offenders.append(relative)
    assert offenders == []
