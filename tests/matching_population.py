"""Matching keeps a per-process snapshot of the friend population. Tests get a fresh one each,
rebuilt synchronously (a background rebuild thread would not see the test's transaction)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _matching_population(settings):
    from modules.matching.public import reset_population_cache

    settings.MATCHING_POPULATION_BACKGROUND = False
    settings.MATCHING_POPULATION_REBUILD_SECONDS = 0
    reset_population_cache()
    yield
    reset_population_cache()
