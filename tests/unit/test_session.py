"""The session state machine, driven by a hand-written clock: no Qt, no sleeping."""

from __future__ import annotations

import logging

import pytest

from kiosk.session import EndReason, IdlePolicy, SessionController, SessionVault, State

POLICY = IdlePolicy(timeout_s=60.0, countdown_s=15.0, done_s=10.0)


class FakeClock:
    """Monotonic time that moves only when the test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Recorder:
    """Collects what the controller announces."""

    def __init__(self, controller: SessionController) -> None:
        self.moves: list[tuple[State, State]] = []
        self.warnings: list[bool] = []
        self.ends: list[EndReason] = []
        controller.on_state(lambda old, new: self.moves.append((old, new)))
        controller.on_warning(self.warnings.append)
        controller.on_end(self.ends.append)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(clock: FakeClock) -> SessionController:
    return SessionController(POLICY, clock=clock)


@pytest.fixture
def events(session: SessionController) -> Recorder:
    return Recorder(session)


def elapse(clock: FakeClock, session: SessionController, seconds: float) -> None:
    """Let time pass and tick, as the UI's deadline timer would."""
    clock.advance(seconds)
    session.tick()


def test_starts_on_attract_without_a_session(session: SessionController) -> None:
    assert session.state is State.ATTRACT
    assert session.session_id is None
    assert session.service_id is None
    assert session.next_deadline() is None


def test_full_citizen_path(session: SessionController, events: Recorder) -> None:
    session.start()
    assert session.state is State.HOME
    assert session.session_id is not None
    session.open_service("city_guide")
    assert session.state is State.SERVICE
    assert session.service_id == "city_guide"
    session.finish()
    assert session.state is State.DONE
    session.end(EndReason.FINISHED)
    assert session.state is State.ATTRACT
    assert session.session_id is None
    assert session.service_id is None
    assert events.moves == [
        (State.ATTRACT, State.HOME),
        (State.HOME, State.SERVICE),
        (State.SERVICE, State.DONE),
        (State.DONE, State.ATTRACT),
    ]
    assert events.ends == [EndReason.FINISHED]


def test_go_home_keeps_the_session(session: SessionController) -> None:
    session.start()
    sid = session.session_id
    session.open_service("city_guide")
    session.go_home()
    assert session.state is State.HOME
    assert session.service_id is None
    assert session.session_id == sid


def test_start_is_ignored_outside_attract(session: SessionController, events: Recorder) -> None:
    session.start()
    sid = session.session_id
    session.start()
    assert session.session_id == sid
    assert events.moves == [(State.ATTRACT, State.HOME)]


def test_idle_warning_after_timeout(session: SessionController, clock: FakeClock,
                                    events: Recorder) -> None:
    session.start()
    elapse(clock, session, POLICY.timeout_s - 0.1)
    assert not session.warning
    elapse(clock, session, 0.1)
    assert session.warning
    assert events.warnings == [True]
    assert session.seconds_left() == pytest.approx(POLICY.countdown_s)
    clock.advance(5)
    assert session.seconds_left() == pytest.approx(POLICY.countdown_s - 5)
    assert session.state is State.HOME  # a warning is not an end


def test_touch_dismisses_warning_and_restarts_the_timeout(
        session: SessionController, clock: FakeClock, events: Recorder) -> None:
    session.start()
    elapse(clock, session, POLICY.timeout_s)
    assert session.warning
    clock.advance(3)
    session.touch()
    assert not session.warning
    assert events.warnings == [True, False]
    assert session.seconds_left() == 0.0
    assert session.next_deadline() == clock.now + POLICY.timeout_s
    elapse(clock, session, POLICY.countdown_s + 1)  # the old countdown no longer applies
    assert session.state is State.HOME
    assert events.ends == []


def test_countdown_expiry_ends_with_idle_and_wipes(session: SessionController, clock: FakeClock,
                                                   events: Recorder) -> None:
    wiped: list[str] = []
    session.vault.add_wiper(lambda: wiped.append("keyboard"))
    session.start()
    session.open_service("city_guide")
    session.vault.put("dni", "12345678Z")
    elapse(clock, session, POLICY.timeout_s)
    elapse(clock, session, POLICY.countdown_s - 0.1)
    assert session.state is State.SERVICE
    elapse(clock, session, 0.1)
    assert session.state is State.ATTRACT
    assert events.ends == [EndReason.IDLE]
    assert events.warnings == [True, False]
    assert not session.warning
    assert session.vault.get("dni") is None
    assert len(session.vault) == 0
    assert wiped == ["keyboard"]


def test_data_is_wiped_before_end_listeners_run(session: SessionController) -> None:
    seen: list[object] = []
    session.on_end(lambda _reason: seen.append(session.vault.get("name")))
    session.start()
    session.vault.put("name", "Ana")
    session.end(EndReason.CITIZEN)
    assert seen == [None]


def test_failing_wiper_does_not_stop_the_others(caplog: pytest.LogCaptureFixture) -> None:
    vault = SessionVault()
    calls: list[str] = []

    def broken() -> None:
        calls.append("broken")
        raise RuntimeError("cache gone")

    vault.add_wiper(lambda: calls.append("first"))
    vault.add_wiper(broken)
    vault.add_wiper(lambda: calls.append("last"))
    vault.put("plate", "1234 BCD")
    with caplog.at_level(logging.ERROR, logger="kiosk.session"):
        vault.wipe()
    assert calls == ["first", "broken", "last"]
    assert len(vault) == 0
    assert [r.event for r in caplog.records] == ["session.wipe_failed"]


def test_vault_values_and_wipers_run_at_every_end(session: SessionController) -> None:
    runs: list[int] = []
    session.vault.add_wiper(lambda: runs.append(1))
    for _ in range(2):
        session.start()
        session.vault.put("k", "v")
        assert session.vault.get("k") == "v"
        session.end(EndReason.CITIZEN)
        assert session.vault.get("k", "gone") == "gone"
    assert runs == [1, 1]


def test_done_screen_ends_by_itself(session: SessionController, clock: FakeClock,
                                    events: Recorder) -> None:
    session.start()
    session.open_service("city_guide")
    session.finish()
    assert session.next_deadline() == clock.now + POLICY.done_s
    elapse(clock, session, POLICY.done_s - 0.1)
    assert session.state is State.DONE
    elapse(clock, session, 0.1)
    assert session.state is State.ATTRACT
    assert events.ends == [EndReason.FINISHED]
    assert events.warnings == []  # the done screen never shows "are you still there?"


def test_next_deadline(session: SessionController, clock: FakeClock) -> None:
    assert session.next_deadline() is None
    session.start()
    assert session.next_deadline() == clock.now + POLICY.timeout_s
    clock.advance(20)
    assert session.next_deadline() == clock.now - 20 + POLICY.timeout_s
    session.touch()
    assert session.next_deadline() == clock.now + POLICY.timeout_s
    elapse(clock, session, POLICY.timeout_s)
    warned_at = clock.now
    assert session.next_deadline() == warned_at + POLICY.countdown_s
    session.touch()
    session.finish()
    assert session.next_deadline() == clock.now + POLICY.done_s
    session.end(EndReason.FINISHED)
    assert session.next_deadline() is None


def test_tick_before_a_deadline_does_nothing(session: SessionController, clock: FakeClock,
                                             events: Recorder) -> None:
    session.tick()
    session.start()
    for _ in range(5):
        elapse(clock, session, 1)
    assert events.warnings == []
    assert session.state is State.HOME


@pytest.mark.parametrize(
    ("setup", "action"),
    [
        ((), lambda s: s.open_service("city_guide")),
        ((), lambda s: s.go_home()),
        ((), lambda s: s.finish()),
        (("start", "finish"), lambda s: s.open_service("city_guide")),
        (("start", "finish"), lambda s: s.finish()),
        (("maintenance",), lambda s: s.open_service("city_guide")),
        (("maintenance",), lambda s: s.go_home()),
        (("maintenance",), lambda s: s.finish()),
    ],
    ids=["open-on-attract", "home-on-attract", "finish-on-attract", "open-on-done",
         "finish-on-done", "open-in-maintenance", "home-in-maintenance", "finish-in-maintenance"],
)
def test_illegal_transitions_raise(session: SessionController, setup, action) -> None:
    steps = {"start": session.start, "finish": session.finish,
             "maintenance": session.enter_maintenance}
    for step in setup:
        steps[step]()
    before = session.state
    with pytest.raises(RuntimeError, match="not allowed"):
        action(session)
    assert session.state is before


def test_maintenance_entry_ends_a_citizen_session(session: SessionController,
                                                  events: Recorder) -> None:
    session.start()
    session.open_service("city_guide")
    session.vault.put("dni", "12345678Z")
    session.enter_maintenance()
    assert session.state is State.MAINTENANCE
    assert events.ends == [EndReason.MAINTENANCE]
    assert session.vault.get("dni") is None
    assert events.moves[-2:] == [(State.SERVICE, State.ATTRACT), (State.ATTRACT, State.MAINTENANCE)]


def test_maintenance_from_attract_ends_nothing(session: SessionController,
                                               events: Recorder) -> None:
    session.enter_maintenance()
    assert session.state is State.MAINTENANCE
    assert events.ends == []
    session.end(EndReason.MAINTENANCE)
    assert session.state is State.ATTRACT
    assert events.ends == [EndReason.MAINTENANCE]


def test_end_on_attract_is_a_no_op(session: SessionController, events: Recorder) -> None:
    session.end(EndReason.CITIZEN)
    assert events.ends == []
    assert events.moves == []


def test_session_ids_differ(session: SessionController) -> None:
    ids = []
    for _ in range(5):
        session.start()
        ids.append(session.session_id)
        session.end(EndReason.CITIZEN)
    assert all(ids)
    assert len(set(ids)) == len(ids)


def test_session_log_lines_carry_no_personal_data(session: SessionController,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="kiosk.session"):
        session.start()
        session.vault.put("dni", "12345678Z")
        session.end(EndReason.IDLE)
    events = [(r.event, getattr(r, "reason", None)) for r in caplog.records]
    assert events == [("session.start", None), ("session.end", "idle")]
    assert "12345678Z" not in caplog.text
