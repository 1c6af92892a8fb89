"""The image's dependency layer is built from pyproject.toml alone.

Docker reuses a layer only while every file copied before it is unchanged: if the source tree is
copied before `pip install`, every code change reinstalls all dependencies (minutes per build).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _instructions() -> list[str]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def test_dependencies_install_before_any_source_is_copied():
    lines = _instructions()
    install = next(i for i, line in enumerate(lines) if line.startswith("RUN") and "pip install" in line)
    copied_before = [line for line in lines[:install] if line.startswith("COPY")]
    assert copied_before == ["COPY pyproject.toml ./"], copied_before
    source_copies = [i for i, line in enumerate(lines) if re.match(r"COPY (src|config|manage\.py|deploy)\b", line)]
    assert source_copies
    assert min(source_copies) > install


def test_dependency_layer_reads_the_pinned_list_from_pyproject():
    # The RUN line's one-liner must produce exactly pyproject's dependency list.
    line = next(line for line in _instructions() if line.startswith("RUN") and "tomllib" in line)
    assert "['project']['dependencies']" in line
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert all("==" in dep for dep in deps), "every runtime dependency is pinned"


def test_source_is_importable_without_a_package_install():
    # No `pip install .` after the copy: the code is found through PYTHONPATH.
    lines = _instructions()
    env = " ".join(line for line in lines if line.startswith("ENV"))
    assert "PYTHONPATH=/app/src:/app" in env
    assert not any(re.search(r"pip install (-e )?\.(\s|$)", line) for line in lines)
