"""Kiosk configuration: schema, validation messages, layering, env overrides and generated files."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.config import (
    DEMO_PIN_HASH,
    ConfigError,
    KioskConfig,
    KioskSection,
    describe_schema,
    load_config,
    render_config_markdown,
    render_default_toml,
)
from kiosk.config_loader import SCHEMA
from kiosk.pin import hash_pin

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def absent(tmp_path: Path) -> Path:
    return tmp_path / "no-such-system.toml"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def load_text(tmp_path: Path, text: str) -> KioskConfig:
    cfg = write(tmp_path / "kiosk.toml", text)
    return load_config(cfg, system_file=tmp_path / "absent.toml", environ={})


def error_for(tmp_path: Path, text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_text(tmp_path, text)
    return info.value


def assert_message(err: ConfigError, source: str, *parts: str) -> None:
    msg = str(err)
    assert "\n" not in msg, msg
    assert msg.startswith(f"config error in {source}: "), msg
    for part in parts:
        assert part in msg, msg


# --- defaults and schema -----------------------------------------------------------------------

def test_no_files_and_no_env_gives_the_defaults(absent: Path) -> None:
    assert load_config(system_file=absent, environ={}) == KioskConfig()


def test_defaults_match_the_brief() -> None:
    cfg = KioskConfig()
    assert cfg.kiosk.id == "SDR-K-0001" and cfg.kiosk.mode == "citizen"
    assert cfg.language.available == ("es", "en", "fr", "de") and cfg.language.default == "es"
    assert (cfg.idle.timeout_s, cfg.idle.countdown_s, cfg.idle.done_s) == (60, 15, 10)
    assert cfg.backend.timeout_s == 8.0 and cfg.backend.opendata_url == ""
    assert cfg.printer.paper_width_mm == 80 and cfg.video.driver == "vlc"
    assert cfg.maintenance.pin_hash == DEMO_PIN_HASH and cfg.maintenance.taps == 5


def test_every_default_passes_its_own_validation() -> None:
    for section in SCHEMA.values():
        for spec in section.values():
            assert spec.coerce(spec.default, "test") == spec.default, spec.name


def test_schema_covers_every_dataclass_field() -> None:
    docs = list(describe_schema())
    fields = sum(len(dataclasses.fields(f.type if isinstance(f.type, type) else getattr(
        __import__("kiosk.config_schema", fromlist=["x"]), f.type)))
        for f in dataclasses.fields(KioskConfig))
    assert len(docs) == fields
    assert {d.section for d in docs} == {f.name for f in dataclasses.fields(KioskConfig)}
    for d in docs:
        section_cls = type(getattr(KioskConfig(), d.section))
        assert d.key in {f.name for f in dataclasses.fields(section_cls)}
        assert d.description and d.constraints and d.restart in (True, False)
    pin = next(d for d in docs if d.key == "pin_hash")
    assert "demo PIN" in pin.description and "must be changed" in pin.description


def test_config_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        KioskConfig().idle.timeout_s = 5  # type: ignore[misc]


def test_config_package_imports_no_qt() -> None:
    code = ("import sys, kiosk.config, kiosk.pin; "
            "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0


# --- generated files ---------------------------------------------------------------------------

def test_shipped_kiosk_toml_is_up_to_date() -> None:
    assert (REPO / "config" / "kiosk.toml").read_text(encoding="utf-8") == render_default_toml()


def test_shipped_kiosk_toml_loads_to_the_defaults(absent: Path) -> None:
    cfg = load_config(REPO / "config" / "kiosk.toml", system_file=absent, environ={})
    assert cfg == KioskConfig()


def test_config_md_is_up_to_date() -> None:
    assert (REPO / "docs" / "CONFIG.md").read_text(encoding="utf-8") == render_config_markdown()


def test_every_key_in_default_toml_has_description_and_allowed_values() -> None:
    lines = render_default_toml().splitlines()
    keys = [(i, line.split(" = ")[0]) for i, line in enumerate(lines)
            if line and not line.startswith(("#", "["))]
    assert len(keys) == len(list(describe_schema()))
    for i, key in keys:
        assert lines[i - 1].startswith("# Allowed: "), key
        assert lines[i - 2].startswith("# "), key
    assert all(len(line) <= 100 or line.startswith("pin_hash") for line in lines)


def test_markdown_has_a_row_per_option() -> None:
    md = render_config_markdown()
    for d in describe_schema():
        assert f"| `{d.key}` | {d.type_name} |" in md


# --- one-line error messages -------------------------------------------------------------------

def test_wrong_type_message_is_exact(tmp_path: Path) -> None:
    err = error_for(tmp_path, '[idle]\ntimeout_s = "abc"\n')
    source = str(tmp_path / "kiosk.toml")
    assert str(err) == (f"config error in {source}: idle.timeout_s = 'abc': "
                        "expected an integer from 10 to 3600")
    assert (err.source, err.key, err.value) == (source, "idle.timeout_s", "abc")
    assert err.expected == "expected an integer from 10 to 3600"[len("expected "):]


@pytest.mark.parametrize(("toml", "key", "value", "expected"), [
    # wrong type
    ('[idle]\ntimeout_s = "abc"', "idle.timeout_s", "'abc'", "an integer from 10 to 3600"),
    ("[maintenance]\ntaps = true", "maintenance.taps", "True", "an integer from 3 to 10"),
    ("[backend]\ntimeout_s = false", "backend.timeout_s", "False", "a number from 0.5 to 60"),
    ("[idle]\ntimeout_s = 60.0", "idle.timeout_s", "60.0", "an integer"),
    ("[kiosk]\nname = 7", "kiosk.name", "7", "a non-empty string"),
    ("[kiosk]\nlatitude = \"43.46\"", "kiosk.latitude", "'43.46'", "a number"),
    # out of range
    ("[idle]\ntimeout_s = 5", "idle.timeout_s", "5", "an integer from 10 to 3600"),
    ("[idle]\ncountdown_s = 121", "idle.countdown_s", "121", "an integer from 5 to 120"),
    ("[kiosk]\nlatitude = 40.0", "kiosk.latitude", "40.0", "a number from 43.4 to 43.52"),
    ("[kiosk]\nlongitude = -3.5", "kiosk.longitude", "-3.5", "a number from -3.92 to -3.74"),
    ("[backend]\ntimeout_s = nan", "backend.timeout_s", "nan", "a number from 0.5 to 60"),
    ("[printer]\nstatus_poll_s = inf", "printer.status_poll_s", "inf", "from 1 to 300"),
    ("[maintenance]\nlockout_s = 4", "maintenance.lockout_s", "4", "from 5 to 3600"),
    # bad choice
    ('[kiosk]\nmode = "kids"', "kiosk.mode", "'kids'", "one of 'citizen', 'kids-table'"),
    ("[printer]\npaper_width_mm = 57", "printer.paper_width_mm", "57", "one of 58, 80"),
    ('[printer]\npaper_width_mm = "80"', "printer.paper_width_mm", "'80'", "one of 58, 80"),
    ('[logging]\nlevel = "info"', "logging.level", "'info'", "one of 'DEBUG', 'INFO'"),
    ('[maintenance]\ncorner = "top"', "maintenance.corner", "'top'", "'bottom-right'"),
    ('[language]\ndefault = "it"', "language.default", "'it'", "one of 'es', 'en', 'fr', 'de'"),
    # pattern and non-empty
    ('[kiosk]\nid = "sdr-k-1"', "kiosk.id", "'sdr-k-1'", "a string matching ^[A-Z0-9]"),
    ('[kiosk]\nid = "SDR K 1"', "kiosk.id", "'SDR K 1'", "a string matching"),
    ('[kiosk]\nname = "   "', "kiosk.name", "'   '", "a non-empty string"),
    ('[kiosk]\ndata_dir = "relative/dir"', "kiosk.data_dir", "'relative/dir'", "absolute path"),
    ('[maintenance]\npin_hash = "2468"', "maintenance.pin_hash", "'2468'", "pbkdf2_sha256$"),
    # URLs
    ('[backend]\ngateway_url = "ftp://x.es"', "backend.gateway_url", "'ftp://x.es'", "http"),
    ('[backend]\ngateway_url = "localhost:8765"', "backend.gateway_url", "'localhost:8765'",
     "an http:// or https:// URL"),
    ('[backend]\nfleet_url = ""', "backend.fleet_url", "''", "an http:// or https:// URL"),
    ('[backend]\nfleet_url = "http://"', "backend.fleet_url", "'http://'", "URL"),
    ('[backend]\nfleet_url = "http://h:99999"', "backend.fleet_url", "'http://h:99999'", "URL"),
    ('[backend]\nopendata_url = "opendata"', "backend.opendata_url", "'opendata'", 'URL, or ""'),
    # lists
    ('[language]\navailable = ["es", "it"]', "language.available[1]", "'it'",
     "one of 'es', 'en', 'fr', 'de'"),
    ('[language]\navailable = ["es", 3]', "language.available[1]", "3", "one of 'es'"),
    ('[language]\navailable = "es"', "language.available", "'es'", "a non-empty list"),
    ("[language]\navailable = []", "language.available", "[]", "a non-empty list"),
    ('[language]\navailable = ["es", "en", "es"]', "language.available",
     "['es', 'en', 'es']", "no duplicates ('es' repeated)"),
])
def test_bad_value_messages(tmp_path: Path, toml: str, key: str, value: str,
                            expected: str) -> None:
    err = error_for(tmp_path, toml + "\n")
    assert err.key == key
    assert_message(err, str(tmp_path / "kiosk.toml"), f"{key} = {value}: ", expected)


def test_default_language_must_be_available(tmp_path: Path) -> None:
    err = error_for(tmp_path, '[language]\navailable = ["en", "fr"]\n')
    assert err.key == "language.default"
    assert_message(err, str(tmp_path / "kiosk.toml"), "language.default = 'es'",
                   "one of language.available ('en', 'fr')")


def test_cross_field_error_blames_the_latest_source(tmp_path: Path, absent: Path) -> None:
    cfg = write(tmp_path / "k.toml", '[language]\navailable = ["en", "fr"]\ndefault = "en"\n')
    var = "SANTANDER_KIOSK__LANGUAGE__DEFAULT"
    with pytest.raises(ConfigError) as info:
        load_config(cfg, system_file=absent, environ={var: "de"})
    assert_message(info.value, f"environment {var}", "language.default = 'de'")


@pytest.mark.parametrize(("driver", "address", "ok"), [
    ("network", "127.0.0.1:9100", True),
    ("network", "", False),
    ("network", "printer.local", False),
    ("usb", "04b8:0202", True),
    ("usb", "/dev/usb/lp0", False),
    ("serial", "/dev/ttyUSB0", True),
    ("serial", "ttyUSB0", False),
    ("file", "/tmp/receipts.bin", True),
    ("file", "", False),
    ("simulator", "", True),
])
def test_printer_address_must_suit_driver(tmp_path: Path, driver: str, address: str,
                                          ok: bool) -> None:
    text = f'[printer]\ndriver = "{driver}"\naddress = "{address}"\n'
    if ok:
        assert load_text(tmp_path, text).printer.address == address
    else:
        err = error_for(tmp_path, text)
        assert err.key == "printer.address"
        assert_message(err, str(tmp_path / "kiosk.toml"), f"for driver '{driver}'")


def test_unknown_section_suggests_the_closest(tmp_path: Path) -> None:
    err = error_for(tmp_path, "[idel]\ntimeout_s = 30\n")
    assert_message(err, str(tmp_path / "kiosk.toml"), "idel: unknown section; did you mean 'idle'?")


def test_unknown_key_suggests_the_closest(tmp_path: Path) -> None:
    err = error_for(tmp_path, "[idle]\ntimout_s = 30\n")
    assert err.key == "idle.timout_s"
    assert_message(err, str(tmp_path / "kiosk.toml"),
                   "idle.timout_s: unknown key; did you mean 'timeout_s'?")


def test_unknown_key_without_a_close_match_lists_the_known_keys(tmp_path: Path) -> None:
    err = error_for(tmp_path, "[idle]\nbanana = 30\n")
    assert_message(err, str(tmp_path / "kiosk.toml"),
                   "idle.banana: unknown key; known: timeout_s, countdown_s, done_s")


def test_section_that_is_not_a_table(tmp_path: Path) -> None:
    err = error_for(tmp_path, "idle = 30\n")
    assert_message(err, str(tmp_path / "kiosk.toml"), "idle = 30: expected a table [idle]")


def test_toml_syntax_error_names_file_line_and_column(tmp_path: Path) -> None:
    err = error_for(tmp_path, "[idle]\ntimeout_s = = 30\n")
    assert err.key is None
    assert_message(err, str(tmp_path / "kiosk.toml"), "invalid TOML: ", "line 2, column")


def test_file_that_is_not_utf8(tmp_path: Path, absent: Path) -> None:
    cfg = tmp_path / "latin1.toml"
    cfg.write_bytes('[kiosk]\nname = "Plaza de España"\n'.encode("latin-1"))
    with pytest.raises(ConfigError) as info:
        load_config(cfg, system_file=absent, environ={})
    assert_message(info.value, str(cfg), "not UTF-8")


def test_missing_config_file_is_an_error(tmp_path: Path, absent: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError) as info:
        load_config(missing, system_file=absent, environ={})
    assert str(info.value) == f"config error in {missing}: file not found"


def test_unreadable_config_path_is_an_error(tmp_path: Path, absent: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path, system_file=absent, environ={})  # a directory
    assert_message(info.value, str(tmp_path), "cannot read file")


def test_error_in_system_file_names_the_system_file(tmp_path: Path) -> None:
    system = write(tmp_path / "system.toml", "[idle]\ndone_s = 1\n")
    with pytest.raises(ConfigError) as info:
        load_config(system_file=system, environ={})
    assert_message(info.value, str(system), "idle.done_s = 1: expected an integer from 3 to 120")


# --- layering and environment ------------------------------------------------------------------

def test_layers_system_then_config_then_env(tmp_path: Path) -> None:
    system = write(tmp_path / "system.toml",
                   "[idle]\ntimeout_s = 20\ncountdown_s = 20\ndone_s = 20\n"
                   '[kiosk]\nname = "System"\n')
    cfg = write(tmp_path / "cfg.toml", "[idle]\ncountdown_s = 30\ndone_s = 30\n")
    env = {"SANTANDER_KIOSK__IDLE__DONE_S": "40", "PATH": "/usr/bin"}
    loaded = load_config(cfg, system_file=system, environ=env)
    idle = loaded.idle
    assert (idle.timeout_s, idle.countdown_s, idle.done_s) == (20, 30, 40)
    assert loaded.kiosk.name == "System"
    assert loaded.kiosk.id == "SDR-K-0001"  # untouched keys keep their defaults


def test_missing_system_file_is_skipped(tmp_path: Path, absent: Path) -> None:
    cfg = write(tmp_path / "cfg.toml", "[idle]\ntimeout_s = 30\n")
    assert load_config(cfg, system_file=absent, environ={}).idle.timeout_s == 30


@pytest.mark.parametrize(("var", "raw", "path", "value"), [
    ("SANTANDER_KIOSK__IDLE__TIMEOUT_S", "30", ("idle", "timeout_s"), 30),
    ("santander_kiosk__idle__timeout_s", "31", ("idle", "timeout_s"), 31),
    ("Santander_Kiosk__Idle__Timeout_S", "32", ("idle", "timeout_s"), 32),
    ("SANTANDER_KIOSK__BACKEND__TIMEOUT_S", "8.5", ("backend", "timeout_s"), 8.5),
    ("SANTANDER_KIOSK__BACKEND__TIMEOUT_S", "5", ("backend", "timeout_s"), 5.0),
    ("SANTANDER_KIOSK__LANGUAGE__AVAILABLE", '["es", "en"]', ("language", "available"),
     ("es", "en")),
    ("SANTANDER_KIOSK__KIOSK__NAME", '"Quoted"', ("kiosk", "name"), "Quoted"),
    ("SANTANDER_KIOSK__KIOSK__NAME", "Mercado de la Esperanza", ("kiosk", "name"),
     "Mercado de la Esperanza"),
    ("SANTANDER_KIOSK__KIOSK__NAME", "2024", ("kiosk", "name"), "2024"),
    ("SANTANDER_KIOSK__KIOSK__SITE", "true", ("kiosk", "site"), "true"),
    ("SANTANDER_KIOSK__BACKEND__GATEWAY_URL", "https://gw.santander.es/api",
     ("backend", "gateway_url"), "https://gw.santander.es/api"),
    ("SANTANDER_KIOSK__BACKEND__OPENDATA_URL", "", ("backend", "opendata_url"), ""),
    ("SANTANDER_KIOSK__PAYMENT_TERMINAL__DRIVER", "none", ("payment_terminal", "driver"), "none"),
    ("SANTANDER_KIOSK__CARD_READER__READER_NAME", "ACS ACR122U 00 00",
     ("card_reader", "reader_name"), "ACS ACR122U 00 00"),
])
def test_env_override_values(absent: Path, var: str, raw: str, path: tuple[str, str],
                             value: object) -> None:
    cfg = load_config(system_file=absent, environ={var: raw})
    got = getattr(getattr(cfg, path[0]), path[1])
    assert got == value and type(got) is type(value)


def test_env_pin_hash_override(absent: Path) -> None:
    encoded = hash_pin("97531", iterations=1000)
    cfg = load_config(system_file=absent,
                      environ={"SANTANDER_KIOSK__MAINTENANCE__PIN_HASH": encoded})
    assert cfg.maintenance.pin_hash == encoded


def test_unrelated_env_vars_are_ignored(absent: Path) -> None:
    env = {"SANTANDER_KIOSK_TEST": "1", "SANTANDER_KIOSKX__A__B": "1", "HOME": "/root"}
    assert load_config(system_file=absent, environ=env) == KioskConfig()


@pytest.mark.parametrize(("raw", "value"), [
    ("abc", "'abc'"),
    ("5", "5"),
    ("true", "True"),
    ("30\nx = 1", "'30\\nx = 1'"),  # not one TOML value, so it stays text
])
def test_bad_env_override_value(absent: Path, raw: str, value: str) -> None:
    var = "SANTANDER_KIOSK__IDLE__TIMEOUT_S"
    with pytest.raises(ConfigError) as info:
        load_config(system_file=absent, environ={var: raw})
    assert info.value.source == f"environment {var}"
    assert_message(info.value, f"environment {var}",
                   f"idle.timeout_s = {value}: expected an integer from 10 to 3600")


def test_env_override_with_unknown_key(absent: Path) -> None:
    var = "SANTANDER_KIOSK__IDLE__TIMEOUT"
    with pytest.raises(ConfigError) as info:
        load_config(system_file=absent, environ={var: "30"})
    assert_message(info.value, f"environment {var}",
                   "idle.timeout: unknown key; did you mean 'timeout_s'?")


def test_env_override_with_unknown_section(absent: Path) -> None:
    var = "SANTANDER_KIOSK__PRINTR__DRIVER"
    with pytest.raises(ConfigError) as info:
        load_config(system_file=absent, environ={var: "usb"})
    assert_message(info.value, f"environment {var}",
                   "printr: unknown section; did you mean 'printer'?")


@pytest.mark.parametrize("var", ["SANTANDER_KIOSK__IDLE", "SANTANDER_KIOSK__IDLE__X__Y",
                                 "SANTANDER_KIOSK____TIMEOUT_S"])
def test_malformed_env_names(absent: Path, var: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(system_file=absent, environ={var: "30"})
    assert_message(info.value, f"environment {var}", "SANTANDER_KIOSK__<SECTION>__<KEY>")


def test_a_full_custom_file_loads(tmp_path: Path) -> None:
    cfg = load_text(tmp_path, """
[kiosk]
id = "SDR-K-0042"
mode = "kids-table"
latitude = 43.47
longitude = -3.80
data_dir = "/var/lib/santander-kiosk"
[language]
available = ["en", "es"]
default = "en"
[printer]
driver = "network"
address = "10.0.0.9:9100"
paper_width_mm = 58
[backend]
opendata_url = "https://datos.santander.es"
timeout_s = 3
[maintenance]
corner = "bottom-right"
lockout_s = 120
[logging]
level = "DEBUG"
format = "json"
""")
    assert cfg.kiosk.mode == "kids-table" and cfg.language.default == "en"
    assert cfg.printer.paper_width_mm == 58 and cfg.backend.timeout_s == 3.0
    assert cfg.kiosk.resolved_data_dir({}) == Path("/var/lib/santander-kiosk")


# --- data directory ----------------------------------------------------------------------------

@pytest.mark.parametrize(("data_dir", "environ", "expected"), [
    ("", {"XDG_DATA_HOME": "/xdg", "HOME": "/home/k"}, "/xdg/santander-kiosk"),
    ("", {"HOME": "/home/k"}, "/home/k/.local/share/santander-kiosk"),
    ("", {"XDG_DATA_HOME": "relative", "HOME": "/home/k"},
     "/home/k/.local/share/santander-kiosk"),
    ("/srv/kiosk", {"XDG_DATA_HOME": "/xdg"}, "/srv/kiosk"),
    ("~/kiosk-data", {"HOME": "/home/k"}, "/home/k/kiosk-data"),
])
def test_resolved_data_dir(data_dir: str, environ: dict[str, str], expected: str) -> None:
    assert KioskSection(data_dir=data_dir).resolved_data_dir(environ) == Path(expected)


def test_wallet_limits_must_nest(tmp_path: Path) -> None:
    err = error_for(tmp_path, "[wallet]\nmin_topup_cents = 2000\nmax_topup_cents = 1000\n")
    assert err.key == "wallet.max_topup_cents"
    assert_message(err, str(tmp_path / "kiosk.toml"), "wallet.max_topup_cents = 1000",
                   "between wallet.min_topup_cents (2000) and wallet.card_max_cents (25000)")


def test_a_real_card_reader_needs_a_real_master_key(tmp_path: Path) -> None:
    err = error_for(tmp_path, '[card_reader]\ndriver = "pcsc"\n')
    assert err.key == "card_reader.master_key_file"
    assert load_text(tmp_path, '[card_reader]\ndriver = "pcsc"\nmaster_key_file = "/etc/k"\n') \
        .card_reader.master_key_file == "/etc/k"
