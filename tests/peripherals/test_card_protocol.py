"""The Citizen Card purse model without sockets: PurseCard against the emulator's applet.

Golden APDU bytes, mutual authentication, value changes and their commit semantics, the log
file, PIN check, typed errors for every status, the master key file checks, and persistence.
"""

from __future__ import annotations

import json
import os
import re
import stat
from datetime import date
from pathlib import Path

import pytest

from peripherals.card import protocol as p
from peripherals.card.emulator import DEMO_CARDS, CardApplet, CardEmulator, CardState
from peripherals.card.protocol import (
    AppNotFound,
    CardAuthError,
    CardBoundaryError,
    CardError,
    CardLengthError,
    CardParameterError,
    CardPermissionError,
    CardProtocolError,
    FileNotFound,
    IllegalCommand,
    NoChanges,
)
from peripherals.card.purse import PurseCard, applied, ref_for

UID = "04A1B2C3D4E5F6"
KEY = p.DEMO_MASTER_KEY


class Wire:
    """The applet behind a transmit callable that records every exchange."""

    def __init__(self, applet: CardApplet) -> None:
        self.applet = applet
        self.sent: list[bytes] = []

    def __call__(self, apdu: bytes) -> bytes:
        self.sent.append(apdu)
        return self.applet.process(apdu)


@pytest.fixture
def applet() -> CardApplet:
    return CardApplet(DEMO_CARDS[UID].state())


@pytest.fixture
def wire(applet: CardApplet) -> Wire:
    return Wire(applet)


@pytest.fixture
def card(wire: Wire) -> PurseCard:
    card = PurseCard(wire)
    card.select()
    card.authenticate(KEY)
    return card


def raw(applet: CardApplet, hexstr: str) -> str:
    return applet.process(bytes.fromhex(hexstr)).hex().upper()


# --- golden bytes -----------------------------------------------------------------------------


def h(data: bytes) -> str:
    return data.hex(" ").upper()


def test_apdu_builders_golden_bytes() -> None:
    assert h(p.GET_UID_APDU) == "FF CA 00 00 00"
    assert h(p.select_application()) == "90 5A 00 00 03 01 DA 53 00"
    assert h(p.authenticate_aes()) == "90 AA 00 00 01 00 00"
    assert h(p.get_value(p.FILE_PURSE)) == "90 6C 00 00 01 01 00"
    assert h(p.credit(1, 500)) == "90 0C 00 00 05 01 F4 01 00 00 00"
    assert h(p.debit(1, 0x01020304)) == "90 DC 00 00 05 01 04 03 02 01 00"
    assert h(p.read_records(2)) == "90 BB 00 00 07 02 00 00 00 00 00 00 00"
    assert h(p.read_data(4, 0, 32)) == "90 BD 00 00 07 04 00 00 00 20 00 00 00"
    assert h(p.commit_transaction()) == "90 C7 00 00 01 01 00"
    assert h(p.abort_transaction()) == "90 A7 00 00 00"
    assert h(p.ATR) == "3B 81 80 01 80 80"


def test_credit_transaction_sends_exactly_these_apdus(wire: Wire, card: PurseCard) -> None:
    wire.sent.clear()
    card.credit(500, ref_for("journal-1"))
    assert card.commit() == 1
    ref = h(ref_for("journal-1"))
    assert [h(a) for a in wire.sent] == [
        "90 6C 00 00 01 03 00",  # GetValue(counter) = 0, so the record says counter 1
        "90 0C 00 00 05 01 F4 01 00 00 00",  # Credit(file 1, 500)
        # WriteRecord(file 2, offset 0, 16 bytes): counter 1 | credit | 500 | ref
        f"90 3B 00 00 17 02 00 00 00 10 00 00 01 00 00 00 01 F4 01 00 00 {ref} 00",
        "90 C7 00 00 01 01 00",  # CommitTransaction, answer the counter
    ]
    assert ref == "09 15 B0 77 3A 08 03"  # first 7 bytes of SHA-256("journal-1")


def test_key_diversification_is_cmac_of_uid_and_aid() -> None:
    from cryptography.hazmat.primitives.ciphers import algorithms
    from cryptography.hazmat.primitives.cmac import CMAC

    mac = CMAC(algorithms.AES(KEY))
    mac.update(bytes.fromhex("01" + UID + "01DA53"))
    expected = mac.finalize()
    assert p.diversify_key(KEY, bytes.fromhex(UID)) == expected
    assert p.diversify_key(KEY, bytes.fromhex("04C0FFEE5A1B2C")) != expected


# --- reads and authentication -----------------------------------------------------------------


def test_free_reads_before_authentication(wire: Wire) -> None:
    card = PurseCard(wire)
    assert card.uid() == UID
    card.select()
    assert (card.balance(), card.counter(), card.log()) == (1250, 0, [])


def test_commands_before_select_are_refused(wire: Wire) -> None:
    with pytest.raises(CardPermissionError) as err:
        PurseCard(wire).balance()
    assert err.value.sw == 0x919D and err.value.status == 0x9D


def test_authentication_with_the_wrong_master_key(wire: Wire) -> None:
    card = PurseCard(wire)
    card.select()
    with pytest.raises(CardAuthError) as err:
        card.authenticate(bytes(16))
    assert err.value.status == 0xAE
    with pytest.raises(CardAuthError):
        card.credit(100, ref_for("x"))  # still not authenticated
    card.authenticate(KEY)
    card.credit(100, ref_for("x"))


def test_authentication_exchange_on_the_wire(applet: CardApplet) -> None:
    key = p.diversify_key(KEY, bytes.fromhex(UID))
    raw(applet, "905A00000301DA5300")
    first = applet.process(bytes.fromhex("90AA0000010000"))
    assert first[-2:] == b"\x91\xAF" and len(first) == 18
    rnd_b, rnd_a = p.aes_decrypt(key, first[:16]), bytes(range(16))
    token = p.aes_encrypt(key, rnd_a + p.rotl1(rnd_b))
    second = applet.process(p.additional_frame(token))
    assert second[-2:] == b"\x91\x00"
    assert p.aes_decrypt(key, second[:16]) == p.rotl1(rnd_a)
    assert raw(applet, "9051000000") == UID + "9100"  # GetCardUID needs the authentication


def test_a_card_that_cannot_prove_the_key_is_rejected(applet: CardApplet) -> None:
    def impostor(apdu: bytes) -> bytes:
        answer = applet.process(apdu)
        if apdu[1] == 0xAF:  # replace the card's proof with garbage
            return bytes(16) + answer[-2:]
        return answer

    card = PurseCard(impostor)
    card.select()
    with pytest.raises(CardAuthError, match="did not prove"):
        card.authenticate(KEY)


def test_holder_data_and_pin(card: PurseCard, wire: Wire) -> None:
    holder = card.holder()
    assert (holder.variant, holder.expiry) == ("ciudadana", date(2030, 12, 31))
    assert holder.check_pin("1234")
    assert not holder.check_pin("4321")
    assert not holder.check_pin("")
    fresh = PurseCard(wire)
    fresh.select()
    with pytest.raises(CardAuthError):
        fresh.holder()  # file 4 needs authentication


# --- value changes ----------------------------------------------------------------------------


def test_credit_is_invisible_until_commit(card: PurseCard) -> None:
    card.credit(750, ref_for("j-1"))
    assert card.balance() == 1250 and card.log() == []
    assert card.commit() == 1
    assert card.balance() == 2000 and card.counter() == 1
    record = applied(card.log(), ref_for("j-1"))
    assert record == p.LogRecord(1, "credit", 750, ref_for("j-1"))
    assert applied(card.log(), ref_for("j-2")) is None


def test_debit_then_counter_and_log_order(card: PurseCard) -> None:
    card.debit(250, ref_for("a"))
    card.commit()
    card.credit(100, ref_for("b"))
    assert card.commit() == 2
    assert card.balance() == 1100
    assert [(r.counter, r.kind, r.amount_cents) for r in card.log()] == [
        (1, "debit", 250), (2, "credit", 100)]  # oldest first


def test_debit_below_zero_is_a_boundary_error_with_nothing_pending(card: PurseCard) -> None:
    with pytest.raises(CardBoundaryError) as err:
        card.debit(1251, ref_for("too-much"))
    assert err.value.sw == 0x91BE
    with pytest.raises(NoChanges):
        card.commit()
    assert card.balance() == 1250 and card.counter() == 0


def test_credit_over_the_maximum_balance(card: PurseCard) -> None:
    with pytest.raises(CardBoundaryError):
        card.credit(25_000 - 1250 + 1, ref_for("x"))
    card.credit(25_000 - 1250, ref_for("x"))
    card.commit()
    assert card.balance() == 25_000


def test_pulled_card_drops_the_uncommitted_credit(card: PurseCard, wire: Wire) -> None:
    card.credit(500, ref_for("lost"))
    wire.applet.power_off()  # the card left the field before CommitTransaction
    again = PurseCard(wire)
    again.select()
    again.authenticate(KEY)
    with pytest.raises(NoChanges):
        again.commit()
    assert again.balance() == 1250 and again.counter() == 0
    assert applied(again.log(), ref_for("lost")) is None


def test_abort_rolls_back(card: PurseCard) -> None:
    card.credit(500, ref_for("x"))
    card.abort()
    with pytest.raises(NoChanges):
        card.commit()
    assert card.balance() == 1250


def test_one_value_change_per_transaction(card: PurseCard) -> None:
    card.credit(100, ref_for("x"))
    with pytest.raises(RuntimeError):
        card.debit(50, ref_for("y"))
    with pytest.raises(ValueError):
        PurseCard(lambda apdu: b"").credit(0, ref_for("x"))


def test_value_changes_need_authentication(wire: Wire) -> None:
    card = PurseCard(wire)
    card.select()
    for call in (lambda: card.credit(1, ref_for("x")), lambda: card.debit(1, ref_for("x"))):
        with pytest.raises(CardAuthError):
            call()
    assert raw(wire.applet, "90C7000000") == "91AE"  # commit too


def test_log_keeps_the_last_ten_in_frames(card: PurseCard, applet: CardApplet) -> None:
    for i in range(12):
        card.credit(1, ref_for(f"j{i}"))
        card.commit()
    records = card.log()
    assert [r.counter for r in records] == list(range(3, 13))
    assert applied(records, ref_for("j0")) is None and applied(records, ref_for("j11"))
    first = applet.process(p.read_records(2))
    assert len(first) == p.FRAME_MAX + 2 and first[-2:] == b"\x91\xAF"  # 160 bytes: 3 frames
    newest = applet.process(p.read_records(2, 0, 1))
    assert p.LogRecord.from_bytes(newest[:-2]).counter == 12
    assert raw(applet, p.read_records(2, 10, 0).hex()) == "91BE"


def test_get_version_comes_in_three_frames(applet: CardApplet) -> None:
    frames = [applet.process(p.get_version())]
    while frames[-1][-2:] == b"\x91\xAF":
        frames.append(applet.process(p.additional_frame()))
    assert [len(f) - 2 for f in frames] == [7, 7, 14]
    assert frames[2][:7].hex().upper() == UID


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("sw", "cls"), [
    (0x910C, NoChanges), (0x911C, IllegalCommand), (0x911E, p.CardIntegrityError),
    (0x917E, CardLengthError), (0x919D, CardPermissionError), (0x919E, CardParameterError),
    (0x91A0, AppNotFound), (0x91AE, CardAuthError), (0x91BE, CardBoundaryError),
    (0x91CA, p.CommandAborted), (0x91F0, FileNotFound), (0x9142, CardError),
    (0x6A82, CardError),
])
def test_every_status_has_its_error(sw: int, cls: type[CardError]) -> None:
    with pytest.raises(cls) as err:
        p.check_native(b"\x01" + sw.to_bytes(2, "big"), "Cmd")
    assert type(err.value) is cls and err.value.sw == sw
    assert err.value.status == (sw & 0xFF if sw >> 8 == 0x91 else None)
    assert f"{sw & 0xFF:02X}" in str(err.value)


@pytest.mark.parametrize(("apdu", "sw"), [
    ("9099000000", "911C"),  # unknown command
    ("905A0000020100" + "00", "917E"),  # AID of 2 bytes
    ("905A000003010203" + "00", "91A0"),  # another application
    ("906C0000010900", "91F0"),  # no file 9
    ("906C0000010200", "919E"),  # GetValue on the record file
    ("900C0000050310000000" + "00", "919D"),  # credit the read-only counter
    ("901C0000050110000000" + "00", "919D"),  # LimitedCredit is not enabled
    ("90AF000000", "911C"),  # additional frame out of the blue
    ("906C0100010100", "919E"),  # P1 must be 0
    ("00A4040000", "6E00"),  # ISO class: not this card's
    ("FFCA010000", "6A86"),
    ("90", "6700"),
])
def test_refusals_on_the_wire(applet: CardApplet, apdu: str, sw: str) -> None:
    raw(applet, "905A00000301DA5300")
    assert raw(applet, apdu) == sw


def test_iso_status_is_a_card_error(wire: Wire) -> None:
    with pytest.raises(CardError) as err:
        p.check_iso(wire(bytes.fromhex("00A4040000")))
    assert err.value.sw == 0x6E00 and err.value.status is None
    with pytest.raises(CardProtocolError):
        p.split(b"\x90")


def test_commit_that_cannot_be_persisted_is_aborted() -> None:
    def full_disk(state: CardState) -> None:
        raise OSError(28, "No space left on device")

    applet = CardApplet(DEMO_CARDS[UID].state(), on_commit=full_disk)
    card = PurseCard(applet.process)
    card.select()
    card.authenticate(KEY)
    card.credit(100, ref_for("x"))
    with pytest.raises(p.CommandAborted):
        card.commit()
    assert card.balance() == 1250


# --- master key file --------------------------------------------------------------------------


def _key_file(tmp_path: Path, content: bytes, mode: int) -> Path:
    path = tmp_path / "card-master.key"
    path.write_bytes(content)
    path.chmod(mode)
    return path


def test_master_key_file_raw_or_hex(tmp_path: Path) -> None:
    assert p.load_master_key(_key_file(tmp_path, KEY, 0o600)) == KEY
    assert p.load_master_key(_key_file(tmp_path, KEY.hex().encode() + b"\n", 0o400)) == KEY


@pytest.mark.parametrize(("content", "mode", "message"), [
    (KEY, 0o640, "group or others"),
    (KEY, 0o604, "group or others"),
    (b"short", 0o600, "16 raw bytes or 32 hex"),
    (b"zz" * 16, 0o600, "16 raw bytes or 32 hex"),
])
def test_master_key_file_refused(tmp_path: Path, content: bytes, mode: int,
                                 message: str) -> None:
    path = _key_file(tmp_path, content, mode)
    with pytest.raises(p.KeyFileError, match=message) as err:
        p.load_master_key(path)
    assert str(path) in str(err.value)


def test_missing_master_key_file_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(p.KeyFileError, match=re.escape(str(tmp_path / "nope"))):
        p.load_master_key(tmp_path / "nope")


# --- state and persistence --------------------------------------------------------------------


def test_card_state_new_and_json_round_trip(tmp_path: Path) -> None:
    state = CardState.new("04c0ffee5a1b2c", 320, pin="9876", variant="faro",
                          expiry=date(2029, 1, 31))
    path = tmp_path / "card.json"
    state.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # holds the card key
    loaded = CardState.load(path)
    assert loaded == state and loaded.uid == "04C0FFEE5A1B2C"
    assert loaded.holder().check_pin("9876")
    assert "card_key" not in json.dumps(loaded.public()) and "pin" not in loaded.public()
    with pytest.raises(ValueError, match="balance_cents"):
        CardState.new(UID, 30_000)


def test_emulator_persists_each_commit_and_reloads(tmp_path: Path) -> None:
    path = tmp_path / "card.json"
    DEMO_CARDS[UID].state().save(path)
    emulator = CardEmulator(path, port=1)
    card = PurseCard(emulator.applet.process)
    card.select()
    card.authenticate(KEY)
    card.credit(50, ref_for("kept"))
    assert CardState.load(path).balance_cents == 1250  # not before the commit
    card.commit()
    reloaded = CardEmulator(path, port=1).state
    assert reloaded.balance_cents == 1300 and reloaded.counter == 1
    assert [r.ref for r in reloaded.records() if r] == [ref_for("kept")]
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".")]  # no temp files left


def test_demo_cards_match_the_gateway_seed() -> None:
    from sandbox.gateway.seed import DEMO_IDENTITIES

    seeded = {d["card_uid"] for d in DEMO_IDENTITIES if d["card_uid"]}
    assert set(DEMO_CARDS) == seeded
    assert DEMO_CARDS[UID].state() == DEMO_CARDS[UID].state()  # reproducible


def test_insert_without_a_reader_says_where_it_looked() -> None:
    emulator = CardEmulator(DEMO_CARDS[UID].state(), port=_closed_port())
    with pytest.raises(ConnectionError, match=r"no vpcd reader on 127\.0\.0\.1"):
        emulator.insert()
    assert not emulator.inserted


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

