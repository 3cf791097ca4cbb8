"""Durable journal: transitions, idempotent begin, persistence, real crashes, no personal data."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

import kiosk.journal as journal_module
from kiosk.journal import (
    FINAL_STATES,
    INITIAL_STATE,
    TRANSITIONS,
    IllegalTransition,
    Journal,
    JournalConflict,
    PersonalDataError,
    UnknownEntry,
    check_no_personal_data,
    new_key,
)

ROOT = Path(__file__).resolve().parents[2]
FINE = {"fine_id": "MUL-2026-000123", "amount_cents": 10000}


class FakeClock:
    """Wall-clock seconds the test moves by hand."""

    def __init__(self, now: float = 1_780_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def journal(tmp_path, clock):
    with Journal(tmp_path / "journal.db", clock=clock) as j:
        yield j


def run_child(code: str, db: Path, **kwargs) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter with DB set to the journal path."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = f"DB = {str(db)!r}\n" + textwrap.dedent(code)
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, timeout=60,
                          capture_output=True, text=True, **kwargs)


# -- tables ----------------------------------------------------------------------------------------


def test_tables_are_consistent():
    assert INITIAL_STATE == {"payment": "intent", "print": "queued", "topup": "intent",
                             "wallet_payment": "intent", "answer": "queued",
                             "content": "downloading"}
    assert FINAL_STATES["answer"] == {"sent", "rejected"}
    assert FINAL_STATES["payment"] == {"confirmed", "abandoned", "refunded"}
    assert FINAL_STATES["print"] == {"printed", "reprinted", "abandoned"}
    for kind, table in TRANSITIONS.items():
        for targets in table.values():
            assert targets <= set(table), kind  # every target is a known state
        assert INITIAL_STATE[kind] not in FINAL_STATES[kind]


def test_transition_tables_are_documented():
    doc = journal_module.__doc__
    for kind, table in TRANSITIONS.items():
        assert kind in doc
        for state in table:
            assert state in doc, state


def test_new_key_is_uuid4_hex():
    key = new_key()
    assert len(key) == 32 and int(key, 16) >= 0 and key != new_key()


# -- transitions -----------------------------------------------------------------------------------


def test_payment_happy_path(journal, clock):
    entry = journal.begin("payment", FINE)
    assert (entry.kind, entry.state, entry.attempts) == ("payment", "intent", 0)
    assert entry.payload == FINE and len(entry.id) == 32
    clock.now += 5
    charged = journal.advance(entry.id, "charged", terminal_ref="T-889")
    assert charged.state == "charged"
    assert charged.payload == {**FINE, "terminal_ref": "T-889"}
    assert charged.created_at == entry.created_at and charged.updated_at > entry.updated_at
    done = journal.advance(entry.id, "confirmed", receipt_csv="SAN4F7K2Q9ZX")
    assert done.is_final and journal.get(entry.id) == done
    assert journal.pending("payment") == []


@pytest.mark.parametrize(
    ("kind", "path"),
    [
        ("payment", ["abandoned"]),
        ("payment", ["charged", "refund_due", "refunded"]),
        ("print", ["sending", "sent", "printed"]),
        ("print", ["sending", "failed", "reprinted"]),
        ("print", ["failed", "abandoned"]),
        ("print", ["abandoned"]),
        ("content", ["verified", "applied"]),
        ("content", ["failed"]),
    ],
)
def test_legal_paths(journal, kind, path):
    entry = journal.begin(kind, {"ref": "job-1"})
    for state in path:
        entry = journal.advance(entry.id, state)
    assert entry.is_final


@pytest.mark.parametrize(
    ("kind", "before", "target"),
    [
        ("payment", [], "confirmed"),  # never confirm money that was not charged
        ("payment", [], "refund_due"),
        ("payment", ["charged"], "abandoned"),  # charged money cannot silently vanish
        ("payment", ["charged"], "charged"),  # same state twice is a lost race
        ("payment", ["charged", "confirmed"], "refund_due"),
        ("payment", ["abandoned"], "charged"),
        ("print", [], "printed"),
        ("print", ["sending", "sent", "printed"], "sending"),  # never print twice
        ("print", ["sending"], "queued"),
        ("print", ["sending"], "printed"),  # not before the after-job status check
        ("content", [], "applied"),
        ("payment", [], "sending"),  # another kind's state
        ("payment", [], "nonsense"),
    ],
)
def test_illegal_transitions(journal, kind, before, target):
    entry = journal.begin(kind, {"ref": "job-1"})
    for state in before:
        journal.advance(entry.id, state)
    state_before = journal.get(entry.id)
    with pytest.raises(IllegalTransition):
        journal.advance(entry.id, target, extra="ignored")
    assert journal.get(entry.id) == state_before  # nothing half-written


def test_advance_is_a_claim_only_one_racer_wins(journal):
    job = journal.begin("print", {"csv": "SAN4F7K2Q9ZX"})
    winners, losers = [], []

    def claim() -> None:
        try:
            winners.append(journal.advance(job.id, "sending"))
        except IllegalTransition:
            losers.append(1)

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(winners) == 1 and len(losers) == 7


def test_unknown_key(journal):
    assert journal.get(new_key()) is None
    with pytest.raises(UnknownEntry):
        journal.advance(new_key(), "charged")
    with pytest.raises(KeyError):
        journal.record_attempt(new_key())


def test_unknown_kind(journal):
    with pytest.raises(ValueError, match="kind"):
        journal.begin("lottery", {})
    with pytest.raises(ValueError, match="kind"):
        journal.pending("lottery")


@pytest.mark.parametrize("key", ["", "a" * 65, "key with spaces", "clé", "x;DROP TABLE"])
def test_bad_keys(journal, key):
    with pytest.raises(ValueError):
        journal.begin("payment", FINE, key=key)


def test_payload_must_be_plain_json(journal):
    with pytest.raises(ValueError, match="JSON"):
        journal.begin("payment", {"when": object()})
    with pytest.raises(ValueError, match="JSON"):
        journal.begin("payment", {"amount": float("nan")})
    entry = journal.begin("payment", FINE)
    with pytest.raises(ValueError, match="JSON"):
        journal.advance(entry.id, "charged", ref={1, 2})
    assert journal.get(entry.id).state == "intent"


def test_attempts_count_tries_of_the_current_step(journal):
    entry = journal.begin("payment", FINE)
    journal.record_attempt(entry.id)
    assert journal.record_attempt(entry.id).attempts == 2
    assert journal.advance(entry.id, "charged").attempts == 0


# -- idempotent begin ------------------------------------------------------------------------------


def test_begin_with_same_key_and_payload_returns_existing(journal):
    key = new_key()
    first = journal.begin("payment", FINE, key=key)
    journal.advance(key, "charged", terminal_ref="T-1")
    again = journal.begin("payment", dict(reversed(list(FINE.items()))), key=key)
    assert again.id == first.id and again.state == "charged"  # not reset to "intent"
    assert len(journal.pending("payment")) == 1


@pytest.mark.parametrize(
    ("kind", "payload"),
    [("payment", {**FINE, "amount_cents": 5000}), ("payment", {"fine_id": "MUL-2026-000123"}),
     ("print", FINE)],
)
def test_begin_conflict(journal, kind, payload):
    key = new_key()
    journal.begin("payment", FINE, key=key)
    with pytest.raises(JournalConflict):
        journal.begin(kind, payload, key=key)
    assert journal.get(key).payload == FINE


# -- pending and prune -----------------------------------------------------------------------------


def test_pending_is_oldest_first_and_per_kind(journal, clock):
    keys = []
    for n in range(4):
        clock.now += 1
        keys.append(journal.begin("payment", {"fine_id": f"MUL-2026-00000{n}"}).id)
    journal.begin("print", {"csv": "SAN4F7K2Q9ZX"})
    journal.advance(keys[1], "abandoned")
    journal.advance(keys[2], "charged")
    assert [e.id for e in journal.pending("payment")] == [keys[0], keys[2], keys[3]]
    assert [e.state for e in journal.pending("print")] == ["queued"]
    assert journal.pending("content") == []


def test_pending_keeps_insertion_order_within_one_clock_tick(journal):
    keys = [journal.begin("print", {"csv": f"CSV{n}"}).id for n in range(5)]
    assert [e.id for e in journal.pending("print")] == keys


def test_prune_removes_only_old_final_entries(journal, clock):
    old_done = journal.begin("payment", {"fine_id": "A"})
    journal.advance(old_done.id, "abandoned")
    old_open = journal.begin("payment", {"fine_id": "B"})
    journal.advance(old_open.id, "charged")
    clock.now += 40 * 86400
    new_done = journal.begin("print", {"csv": "C"})
    journal.advance(new_done.id, "failed")
    assert journal.prune(30) == 1
    assert journal.get(old_done.id) is None
    assert journal.get(old_open.id).state == "charged"  # pending money is never pruned
    assert journal.get(new_done.id) is not None
    with pytest.raises(ValueError):
        journal.prune(-1)


# -- durability ------------------------------------------------------------------------------------


def test_file_is_private_and_parents_created(tmp_path):
    path = tmp_path / "a" / "b" / "journal.db"
    with Journal(path) as j:
        j.begin("payment", FINE)
        for name in os.listdir(path.parent):
            assert stat.S_IMODE((path.parent / name).stat().st_mode) == 0o600, name
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_persists_across_reopen(tmp_path):
    path = tmp_path / "journal.db"
    with Journal(path) as j:
        entry = j.begin("payment", FINE)
        j.advance(entry.id, "charged", terminal_ref="T-9")
        j.record_attempt(entry.id)
    with Journal(path) as j:
        again = j.get(entry.id)
        assert (again.state, again.payload["terminal_ref"], again.attempts) == ("charged", "T-9", 1)
        assert again.created_at == entry.created_at
        assert j.begin("payment", FINE, key=entry.id).state == "charged"


def test_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "journal.db"
    Journal(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 99")
    with pytest.raises(journal_module.JournalError, match="newer"):
        Journal(path)


CRASH_AFTER_CHARGE = """
    import os, signal
    from kiosk.journal import Journal
    j = Journal(DB)
    entry = j.begin("payment", {"fine_id": "MUL-2026-000123", "amount_cents": 10000})
    j.advance(entry.id, "charged", terminal_ref="T-4242")
    print(entry.id, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # power cut before "confirmed"
    j.advance(entry.id, "confirmed")
"""


def test_crash_after_charge_leaves_a_pending_charged_payment(tmp_path):
    db = tmp_path / "journal.db"
    result = run_child(CRASH_AFTER_CHARGE, db)
    assert result.returncode == -signal.SIGKILL, result.stderr
    key = result.stdout.strip()
    assert len(key) == 32
    with Journal(db) as j:
        pending = j.pending("payment")
        assert [(e.id, e.state) for e in pending] == [(key, "charged")]
        assert pending[0].payload["terminal_ref"] == "T-4242"
        # Recovery finishes it with the same key; the retried begin does not start a new charge.
        assert j.begin("payment", {"fine_id": "MUL-2026-000123", "amount_cents": 10000},
                       key=key).state == "charged"
        assert j.advance(key, "confirmed").is_final
        assert j.pending("payment") == []


def test_crash_with_os_exit_mid_flow(tmp_path):
    db = tmp_path / "journal.db"
    code = """
        import os
        from kiosk.journal import Journal
        j = Journal(DB)
        e = j.begin("print", {"csv": "SAN4F7K2Q9ZX"})
        j.advance(e.id, "sending")
        os._exit(3)
    """
    assert run_child(code, db).returncode == 3
    with Journal(db) as j:
        assert [e.state for e in j.pending("print")] == ["sending"]


# Each entry walks intent -> charged -> confirmed with a step number in its payload, so a torn write
# would show up as a state whose step does not match.
TIGHT_LOOP = """
    import sys
    from kiosk.journal import Journal
    j = Journal(DB)
    n = 0
    while True:
        e = j.begin("payment", {"fine_id": f"MUL-2026-{n:06d}", "amount_cents": 100 + n})
        j.advance(e.id, "charged", step=1)
        j.advance(e.id, "confirmed" if n % 3 else "refund_due", step=2)
        if n % 3 == 0:
            j.advance(e.id, "refunded", step=3)
        n += 1
        if n == 40:
            print("running", flush=True)
"""
STEP = {"intent": None, "charged": 1, "confirmed": 2, "refund_due": 2, "refunded": 3}


def test_kill_during_tight_loop_leaves_every_entry_legal(tmp_path):
    db = tmp_path / "journal.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _run in range(3):  # three power cuts into the same file
        child = subprocess.Popen(
            [sys.executable, "-c", f"DB = {str(db)!r}\n" + textwrap.dedent(TIGHT_LOOP)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            assert child.stdout.readline().strip() == "running", child.stderr.read()
            child.send_signal(signal.SIGKILL)  # lands somewhere inside the loop
        finally:
            child.kill()
            child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL

    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = raw.execute("SELECT id, kind, state, payload FROM entries").fetchall()
    assert len(rows) >= 120
    for _id, kind, state, payload in rows:
        assert kind == "payment" and state in TRANSITIONS["payment"]
        assert json.loads(payload).get("step") == STEP[state], (state, payload)
    with Journal(db) as j:
        assert all(not e.is_final for e in j.pending("payment"))
        assert len(j.pending("payment")) <= 3  # at most one unfinished entry per killed run


# -- personal data ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        {"holder": "12345678Z"},
        {"holder": "12.345.678-Z"},
        {"holder": "x1234567l"},
        {"vehicle": "1234 BCD"},
        {"vehicle": "1234-bcd"},
        {"contact": "ana@example.com"},
        {"contact": "+34 612 345 678"},
        {"contact": 612345678},
        {"nested": {"list": ["ok", {"deep": "Y1234567X"}]}},
        {"12345678Z": 1},
        {"email": "redacted"},
        {"Phone": "none"},
        {"plate": "ref-1"},
        {"birth-date": "x"},
        {"full_name": "x"},
    ],
)
def test_personal_data_rejected(journal, payload):
    with pytest.raises(PersonalDataError) as info:
        journal.begin("payment", payload)
    assert isinstance(info.value, ValueError)
    for secret in ("12345678Z", "1234 BCD", "ana@example.com", "612 345 678", "Y1234567X"):
        assert secret not in str(info.value)  # the error itself must not leak what it caught
    assert journal.pending("payment") == []


def test_personal_data_rejected_on_advance(journal):
    entry = journal.begin("payment", FINE)
    with pytest.raises(PersonalDataError):
        journal.advance(entry.id, "charged", note="paid by ana@example.com")
    assert journal.get(entry.id).state == "intent"


def test_personal_data_rejected_as_key(journal):
    with pytest.raises(PersonalDataError):
        journal.begin("payment", FINE, key="12345678Z")


@pytest.mark.parametrize(
    "payload",
    [
        FINE,
        {"csv": "SAN4F7K2Q9ZX", "copies": 1},
        {"fine_ids": ["MUL-2026-000123", "MUL-2026-000124"], "amount_cents": 30000},
        {"ref": "550e8400-e29b-41d4-a716-446655440000"},
        {"at": "2026-07-09T12:34:56Z", "epoch": 1780000000},
        {"tax_code": "3-I", "year": 2026, "amount_cents": 612345},
        {"content_version": "2026.05.15-3", "sha256": "9f" * 32},
        {"order": [new_key() for _ in range(50)]},
    ],
)
def test_references_are_accepted(payload):
    check_no_personal_data(payload)


def test_module_is_qt_free():
    assert "PySide6" not in Path(journal_module.__file__).read_text(encoding="utf-8")


def test_body_lives_until_the_entry_is_final(tmp_path) -> None:
    """A print job's document (personal data) is deleted in the transaction that ends the job."""
    with Journal(tmp_path / "j.sqlite") as journal:
        job = journal.begin("print", {"csv": "SAN4F7K2Q9ZX"}, body=b"Ana Garcia, Calle Alta 12")
        assert journal.body(job.id) == b"Ana Garcia, Calle Alta 12"
        journal.advance(job.id, "sending")
        journal.advance(job.id, "sent")
        assert journal.body(job.id) is not None
        journal.advance(job.id, "printed")
        assert journal.body(job.id) is None
        # Not in the database file, nor in the write-ahead log, while the journal is still open.
        on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("j.sqlite"))
        assert b"Ana Garcia" not in on_disk


def test_kept_bodies_go_after_their_retention(tmp_path) -> None:
    now = [1000.0]
    with Journal(tmp_path / "j.sqlite", clock=lambda: now[0]) as journal:
        job = journal.begin("print", {"csv": "C1"}, body=b"doc")
        journal.advance(job.id, "abandoned", keep_body=True)
        assert journal.drop_bodies(older_than_s=60) == 0
        now[0] += 61
        assert journal.drop_bodies(older_than_s=60) == 1
        assert journal.body(job.id) is None
