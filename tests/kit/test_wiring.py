"""kit.wiring.wired: a module's provider hands out the port, or fails loudly when never wired."""

from __future__ import annotations

import types

import pytest
from dependency_injector import containers, providers
from dependency_injector.wiring import Provide, inject

from core.clock import FrozenClock
from kit.wiring import wired
from tests.clock import NOW


def test_a_wired_value_passes_through():
    clock = FrozenClock(NOW)
    assert wired(clock, port="clock", module="modules.probe") is clock


def test_an_unwired_marker_is_refused_naming_the_module_and_port():
    with pytest.raises(RuntimeError, match=r"modules\.probe is not wired to the container \(clock\)"):
        wired(Provide["clock"], port="clock", module="modules.probe")


def _probe_module() -> types.ModuleType:
    """A dependencies.py written the house way, as its own module so it can be wired or not."""
    module = types.ModuleType("probe_dependencies")

    @inject
    def clock(clock=Provide["clock"]):
        return wired(clock, port="clock", module=module.__name__)

    module.clock = clock
    return module


def test_a_dependencies_module_gets_the_container_port_once_wired():
    module = _probe_module()
    with pytest.raises(RuntimeError, match="not wired"):
        module.clock()

    class Container(containers.DeclarativeContainer):
        clock = providers.Object(FrozenClock(NOW))

    container = Container()
    container.wire(modules=[module])
    try:
        assert module.clock() is container.clock()
        with container.clock.override(providers.Object("overridden")):
            assert module.clock() == "overridden"
    finally:
        container.unwire()
