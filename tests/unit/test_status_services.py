"""Device status board and service availability: which states block a service, and why."""

from __future__ import annotations

import pytest

from kiosk.services import Availability, ServiceRegistry, ServiceSpec
from kiosk.status import REASONS, DeviceState, DeviceStatus, StatusBoard

PRINTING = ServiceSpec(id="certificate", title="Certificate", subtitle="Print it", icon="doc",
                       requires=("printer",), order=10)


def test_board_notifies_only_on_change() -> None:
    board = StatusBoard()
    seen: list[tuple[str, DeviceStatus]] = []
    board.subscribe(lambda name, status: seen.append((name, status)))
    ok = DeviceStatus(DeviceState.OK)
    assert board.update("printer", ok) is True
    assert board.update("printer", DeviceStatus(DeviceState.OK)) is False  # equal reading
    out = DeviceStatus(DeviceState.ERROR, "printer.paper_out")
    assert board.update("printer", out) is True
    assert board.update("printer", out) is False
    assert board.update("storage", ok) is True
    assert seen == [("printer", ok), ("printer", out), ("storage", ok)]


def test_board_detail_change_is_a_change() -> None:
    board = StatusBoard()
    seen: list[str] = []
    board.subscribe(lambda name, _status: seen.append(name))
    board.update("storage", DeviceStatus(DeviceState.OK, "storage.ok", "a"))
    board.update("storage", DeviceStatus(DeviceState.OK, "storage.ok", "b"))
    assert seen == ["storage", "storage"]


def test_unreported_device_is_unknown_not_ok() -> None:
    board = StatusBoard()
    assert board.get("printer").state is DeviceState.UNKNOWN
    assert board.snapshot() == {}


def test_snapshot_is_a_copy() -> None:
    board = StatusBoard()
    board.update("printer", DeviceStatus(DeviceState.OK))
    snap = board.snapshot()
    snap["printer"] = DeviceStatus(DeviceState.ERROR)
    assert board.get("printer").state is DeviceState.OK


@pytest.mark.parametrize(
    ("state", "blocks"),
    [
        (DeviceState.OK, False),
        (DeviceState.DEGRADED, False),
        (DeviceState.UNKNOWN, False),
        (DeviceState.NOT_ANSWERING, True),
        (DeviceState.NOT_LINKED, True),
        (DeviceState.ABSENT, True),
        (DeviceState.ERROR, True),
        (DeviceState.DISABLED, True),
    ],
)
def test_blocks_use(state: DeviceState, blocks: bool) -> None:
    assert state.blocks_use is blocks


def test_every_state_is_classified() -> None:
    assert {s for s in DeviceState if s.blocks_use} == {
        DeviceState.NOT_ANSWERING, DeviceState.NOT_LINKED, DeviceState.ABSENT,
        DeviceState.ERROR, DeviceState.DISABLED}


def test_unknown_reason_code_rejected() -> None:
    with pytest.raises(ValueError, match="printer.on_fire"):
        DeviceStatus(DeviceState.ERROR, "printer.on_fire")


def test_known_reason_code_accepted() -> None:
    assert DeviceStatus(DeviceState.ERROR, "printer.cover_open").reason_code == "printer.cover_open"


@pytest.mark.parametrize(
    ("state", "available", "reasons"),
    [
        (DeviceState.OK, True, ()),
        (DeviceState.DEGRADED, True, ()),
        (DeviceState.UNKNOWN, True, ()),  # cannot tell: the citizen may still try
        (DeviceState.NOT_ANSWERING, False, ("device.not_answering",)),
        (DeviceState.NOT_LINKED, False, ("device.not_linked",)),
        (DeviceState.ABSENT, False, ("device.absent",)),
        (DeviceState.ERROR, False, ("device.error",)),
        (DeviceState.DISABLED, False, ("device.disabled",)),
    ],
)
def test_availability_per_state_with_generic_reasons(state: DeviceState, available: bool,
                                                     reasons: tuple[str, ...]) -> None:
    board = StatusBoard()
    board.update("printer", DeviceStatus(state))
    result = ServiceRegistry.availability(PRINTING, board)
    assert result == Availability(available, reasons)
    for code in result.reasons:
        assert code in REASONS


def test_unreported_required_device_does_not_block() -> None:
    assert ServiceRegistry.availability(PRINTING, StatusBoard()) == Availability(True)


def test_generic_reason_codes_exist_for_every_blocking_state() -> None:
    for state in DeviceState:
        if state.blocks_use:
            assert DeviceStatus(state).reason_code == f"device.{state.value}"


def test_non_blocking_states_have_no_generic_reason() -> None:
    for state in (DeviceState.OK, DeviceState.DEGRADED, DeviceState.UNKNOWN):
        assert DeviceStatus(state).reason_code == ""


def test_device_reason_wins_over_generic() -> None:
    board = StatusBoard()
    board.update("printer", DeviceStatus(DeviceState.ERROR, "printer.paper_out"))
    assert ServiceRegistry.availability(PRINTING, board) == Availability(
        False, ("printer.paper_out",))


def test_every_blocking_device_is_listed_in_order() -> None:
    spec = ServiceSpec(id="pay", title="Pay", subtitle="", icon="card",
                       requires=("card_reader", "printer", "payment"))
    board = StatusBoard()
    board.update("card_reader", DeviceStatus(DeviceState.ABSENT, "card_reader.absent"))
    board.update("printer", DeviceStatus(DeviceState.OK))
    board.update("payment", DeviceStatus(DeviceState.NOT_ANSWERING, "payment.offline"))
    assert ServiceRegistry.availability(spec, board) == Availability(
        False, ("card_reader.absent", "payment.offline"))


def test_service_without_requirements_is_always_available() -> None:
    spec = ServiceSpec(id="guide", title="Guide", subtitle="", icon="guide")
    board = StatusBoard()
    board.update("printer", DeviceStatus(DeviceState.ERROR))
    assert ServiceRegistry.availability(spec, board).available


def _spec(sid: str, order: int, modes: frozenset[str] = frozenset({"citizen"})) -> ServiceSpec:
    return ServiceSpec(id=sid, title=sid, subtitle="", icon="x", order=order, modes=modes)


def test_for_mode_filters_and_orders() -> None:
    registry = ServiceRegistry()
    registry.register(_spec("zeta", 10))
    registry.register(_spec("alpha", 10))
    registry.register(_spec("first", 1))
    registry.register(_spec("kids", 5, frozenset({"kids-table"})))
    registry.register(_spec("both", 50, frozenset({"citizen", "kids-table"})))
    assert [s.id for s in registry.for_mode("citizen")] == ["first", "alpha", "zeta", "both"]
    assert [s.id for s in registry.for_mode("kids-table")] == ["kids", "both"]
    assert registry.for_mode("nobody") == []


def test_get_returns_the_registered_spec() -> None:
    registry = ServiceRegistry()
    registry.register(PRINTING)
    assert registry.get("certificate") is PRINTING
    with pytest.raises(KeyError):
        registry.get("missing")


def test_duplicate_id_rejected() -> None:
    registry = ServiceRegistry()
    registry.register(_spec("guide", 1))
    with pytest.raises(ValueError, match="guide"):
        registry.register(_spec("guide", 2))
    assert [s.order for s in registry.for_mode("citizen")] == [1]


def test_a_device_the_service_can_do_without_limits_it_but_leaves_it_on() -> None:
    certificate = ServiceSpec(id="census", title="Census", subtitle="", icon="document",
                              requires=("gateway",), works_without=("printer",))
    board = StatusBoard()
    board.update("printer", DeviceStatus(DeviceState.ERROR, "printer.paper_out"))
    assert ServiceRegistry.availability(certificate, board) == Availability(True, ("printer.paper_out",))
    board.update("gateway", DeviceStatus(DeviceState.NOT_ANSWERING, "network.offline"))
    assert ServiceRegistry.availability(certificate, board) == Availability(False, ("network.offline",))
