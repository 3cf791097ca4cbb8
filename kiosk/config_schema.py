"""The kiosk configuration schema, declared once: sections, keys, defaults, rules and help text."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from kiosk.pin import is_valid_pin_hash

__all__ = ["DEMO_PIN_HASH", "META_KEY", "ConfigError", "KioskConfig", "OptionRules", "Problem",
           "cross_field_problems", "opt", "quote_all"]

# Hash of the demo PIN "2468" (fixed salt so the shipped default is reproducible).
DEMO_PIN_HASH = (
    "pbkdf2_sha256$200000$c2FudGFuZGVyLWRlbW8tMQ==$G1R6tzHrPk+LkTG/PIXH4HUTC1MQDlS9cCwWAhuXQgM="
)
META_KEY = "kiosk.config"


class ConfigError(Exception):
    """A bad configuration value, with where it came from and what was expected."""

    def __init__(self, source: str, key: str | None, value: object, expected: str) -> None:
        """``value`` None means the problem is not a bad value, and ``expected`` says what it is."""
        self.source, self.key, self.value, self.expected = source, key, value, expected
        where = "" if key is None else (key if value is None else f"{key} = {_short(value)}") + ": "
        what = expected if value is None else f"expected {expected}"
        super().__init__(f"config error in {source}: {where}{what}")


@dataclass(frozen=True)
class OptionRules:
    """Help text and validation rules of one option, kept in its dataclass field metadata."""

    description: str
    choices: tuple[Any, ...] | None = None
    min: float | None = None
    max: float | None = None
    pattern: str | None = None
    url: bool = False
    nonempty: bool = False
    check: Callable[[Any], bool] | None = None
    expected: str | None = None
    restart: bool = True


def opt(default: Any, description: str, *, choices: tuple[Any, ...] | None = None,
        min: float | None = None, max: float | None = None, pattern: str | None = None,
        url: bool = False, nonempty: bool = False, check: Callable[[Any], bool] | None = None,
        expected: str | None = None, restart: bool = True) -> Any:
    """Declare one option: its default, description and validation rules."""
    rules = OptionRules(description, choices, min, max, pattern, url, nonempty, check, expected,
                        restart)
    return field(default=default, metadata={META_KEY: rules})


@dataclass(frozen=True)
class KioskSection:
    """[kiosk]: identity, place and mode of this kiosk."""

    id: str = opt("SDR-K-0001", "Kiosk identifier reported to the fleet server.",
                  pattern=r"^[A-Z0-9][A-Z0-9-]{2,31}$")
    name: str = opt("Plaza del Ayuntamiento", "Name shown on screen and to the fleet.",
                    nonempty=True)
    site: str = opt("Centro–Ayuntamiento", "Site or district the kiosk belongs to.")
    latitude: float = opt(43.4623, "Latitude of the kiosk (WGS84).", min=43.40, max=43.52)
    longitude: float = opt(-3.8099, "Longitude of the kiosk (WGS84).", min=-3.92, max=-3.74)
    mode: str = opt("citizen", "Citizen kiosk or children's table.",
                    choices=("citizen", "kids-table"))
    data_dir: str = opt("", "Data directory; empty means $XDG_DATA_HOME/santander-kiosk "
                        "or ~/.local/share/santander-kiosk.",
                        check=lambda v: v == "" or v.startswith("~") or os.path.isabs(v),
                        expected='an absolute path, or "" for the default')

    def resolved_data_dir(self, environ: Mapping[str, str] = os.environ) -> Path:
        """Return the data directory: ``data_dir`` if set, else the XDG data home default."""
        home = Path(environ.get("HOME") or Path.home())
        if self.data_dir == "~" or self.data_dir.startswith("~/"):
            return home / self.data_dir[2:]
        if self.data_dir:
            return Path(self.data_dir).expanduser()
        xdg = environ.get("XDG_DATA_HOME", "")
        # The XDG spec says relative values are invalid and must be ignored.
        base = Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
        return base / "santander-kiosk"


_LANGUAGES = ("es", "en", "fr", "de")


@dataclass(frozen=True)
class LanguageSection:
    """[language]: languages offered and the one used at the start of each session."""

    available: tuple[str, ...] = opt(_LANGUAGES, "Languages offered, in button order.",
                                     choices=_LANGUAGES)
    default: str = opt("es", "Language of the attract screen; must be one of available.",
                       choices=_LANGUAGES)


@dataclass(frozen=True)
class IdleSection:
    """[idle]: when an unattended session ends."""

    timeout_s: int = opt(60, "Seconds without a touch before the countdown starts.",
                         min=10, max=3600)
    countdown_s: int = opt(15, "Seconds of visible countdown before the session ends.",
                           min=5, max=120)
    done_s: int = opt(10, 'Seconds the "done" screen stays before returning to attract.',
                      min=3, max=120)


@dataclass(frozen=True)
class BackendSection:
    """[backend]: city services the kiosk talks to."""

    gateway_url: str = opt("http://127.0.0.1:8765", "Municipal gateway (docs/GATEWAY.md); the "
                           "default is the local sandbox that `make demo` starts.", url=True,
                           nonempty=True)
    gateway_api_key: str = opt("sandbox-kiosk-key", "This kiosk's credential for the municipal "
                               "gateway (sent as a bearer token). The default only opens the "
                               "sandbox.", nonempty=True)
    fleet_url: str = opt("http://127.0.0.1:8780", "Fleet management server.", url=True,
                         nonempty=True)
    opendata_url: str = opt("", "Open data portal, e.g. http://datos.santander.es (datasets "
                            'under /api/rest/datasets/); "" uses the snapshot shipped in content/.',
                            url=True)
    occupancy_url: str = opt("", "Building occupancy feed up to its version, e.g. "
                             "https://host/occupancy/v1 (docs/occupancy-feed.md); \"\" shows "
                             "the buildings without live counts.", url=True)
    timeout_s: float = opt(8.0, "Deadline for each network request, in seconds.",
                           min=0.5, max=60)


@dataclass(frozen=True)
class OpenDataSection:
    """[open_data]: how city information from open data is kept and shown."""

    cache_mb: int = opt(20, "Disk cache of fetched open data, in MB; the least recently used "
                        "goes first.", min=1, max=500)
    arrivals_refresh_s: int = opt(30, "Seconds between bus arrival refreshes while a screen "
                                  "shows them (the portal updates about every 30 s).",
                                  min=10, max=300)
    share_link: str = opt("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}",
                          "Link behind the QR code that hands an address to a phone; {lat} and "
                          "{lon} are replaced.", url=True,
                          check=lambda v: "{lat}" in v and "{lon}" in v,
                          expected="a URL containing {lat} and {lon}")


@dataclass(frozen=True)
class PrinterSection:
    """[printer]: receipt printer."""

    driver: str = opt("simulator", "Printer transport: \"simulator\" runs the ESC/POS printer "
                      "emulator inside the kiosk on loopback (receipts rendered as PNG into "
                      "<data_dir>/printer-emulator); \"network\" (TCP 9100), \"usb\", \"serial\" "
                      "or \"file\" reach a real printer through python-escpos; \"none\" disables "
                      "printing.", choices=("simulator", "network", "usb", "serial", "file", "none"))
    address: str = opt("", 'host:port (network), vid:pid (usb), device (serial) or path (file); '
                       '"" for the simulator.')
    paper_width_mm: int = opt(80, "Paper roll width in millimetres.", choices=(58, 80))
    status_poll_s: float = opt(5.0, "Seconds between printer status polls.", min=1, max=300)
    timeout_s: float = opt(20.0, "Deadline for sending one job to the printer, in seconds.",
                           min=2, max=120)
    profile: str = opt("TM-T88V", "python-escpos printer profile (code pages, QR support).",
                       nonempty=True)
    retention_s: int = opt(0, "Seconds a printed or abandoned job's document (personal data) is "
                           "kept for staff to reprint; 0 deletes it at once.", min=0, max=86400)
    emulator_control_port: int = opt(0, "Simulator only: loopback port of the emulator's HTTP "
                                     "control, for `python -m peripherals.printer.emulator set "
                                     "paper=out`; 0 turns it off.", min=0, max=65535)


@dataclass(frozen=True)
class CardReaderSection:
    """[card_reader]: citizen card reader."""

    driver: str = opt("simulator", "Card reader: \"simulator\" puts the Citizen Card emulator "
                      "(peripherals/card) on a vsmartcard-vpcd virtual reader of the running pcscd "
                      "and reads it through PC/SC like a real card; \"pcsc\" uses a real reader; "
                      "\"none\" turns the card services off.",
                      choices=("simulator", "pcsc", "none"))
    reader_name: str = opt("", 'Preferred PC/SC reader name (a prefix); "" uses the first '
                           'reader.')
    vpcd_port: int = opt(35963, "Simulator only: the TCP port of the vpcd reader the card "
                         "emulator connects to.", min=1, max=65535)
    master_key_file: str = opt("", "File with the purse master key (16 bytes, or 32 hex digits), "
                               "readable only by the kiosk user. \"\" uses the demo key, which only "
                               "the simulator's cards accept.")


@dataclass(frozen=True)
class WalletSection:
    """[wallet]: Citizen Card e-wallet limits."""

    min_topup_cents: int = opt(500, "Smallest top-up, in euro cents.", min=100, max=10_000)
    max_topup_cents: int = opt(15_000, "Largest top-up, in euro cents.", min=500, max=50_000)
    card_max_cents: int = opt(25_000, "Most a card may hold, in euro cents.", min=1_000,
                              max=100_000)
    reversal_after_s: int = opt(86_400, "A top-up paid by bank card but never loaded (the card "
                                "was not tapped again) is refunded after this many seconds.",
                                min=60, max=30 * 86_400)


@dataclass(frozen=True)
class PaymentTerminalSection:
    """[payment_terminal]: card payment terminal."""

    driver: str = opt("simulator", "Payment terminal: \"simulator\" runs the protocol simulator "
                      "inside the kiosk on loopback; \"tcp\" talks to a real terminal at `address` "
                      "(docs/payment-terminal.md); \"none\" disables card payments.",
                      choices=("simulator", "tcp", "none"))
    address: str = opt("", "host:port of the terminal, for the tcp driver.")
    timeout_s: float = opt(90.0, "How long a sale may take at the terminal (card, PIN, bank).",
                           min=10, max=300)


@dataclass(frozen=True)
class VideoSection:
    """[video]: attract-loop video playback."""

    driver: str = opt("vlc", "Video backend.", choices=("vlc", "none"))
    stall_s: float = opt(8.0, "Seconds without progress after which a video counts as stalled "
                         "and the player is restarted.", min=2, max=120)


_HHMM = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"


@dataclass(frozen=True)
class SignageSection:
    """[signage]: the attract loop's content, schedules and screen hours."""

    timezone: str = opt("Europe/Madrid", "Time zone schedules and screen hours are read in.",
                        check=lambda v: _is_zone(v), expected="an IANA time zone such as "
                        "'Europe/Madrid'")
    group: str = opt("default", "The kiosk's group for emergency messages.", nonempty=True)
    package_dir: str = opt("", 'Built-in content package; "" uses content/build/default of the '
                           "installation (made by the set-up).",
                           check=lambda v: v == "" or os.path.isabs(v),
                           expected='an absolute path, or "" for the built-in package')
    screen_on: str = opt("07:00", "Local time the screen wakes up (HH:MM).", pattern=_HHMM)
    screen_off: str = opt("23:30", "Local time the screen blanks and playback pauses (HH:MM); "
                          "the same as screen_on keeps it always on.", pattern=_HHMM)
    wake_s: int = opt(120, "Seconds a touch wakes a blanked screen for.", min=10, max=3600)
    content_check_s: int = opt(60, "Seconds between checks for a newly activated content "
                               "package.", min=5, max=3600)


def _is_zone(name: str) -> bool:
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return False
    return True


@dataclass(frozen=True)
class MaintenanceSection:
    """[maintenance]: hidden gesture and PIN that open the maintenance screen."""

    pin_hash: str = opt(DEMO_PIN_HASH, "Hash of the maintenance PIN. The default is the hash of "
                        "the demo PIN 2468, which must be changed for deployment; make a new "
                        "hash with: python -m kiosk.pin",
                        check=is_valid_pin_hash,
                        expected="a PIN hash pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>")
    gesture: str = opt("corner-taps", "Gesture that opens the PIN pad.", choices=("corner-taps",))
    corner: str = opt("top-left", "Screen corner to tap.",
                      choices=("top-left", "top-right", "bottom-left", "bottom-right"))
    taps: int = opt(5, "Number of taps in the corner.", min=3, max=10)
    tap_window_s: float = opt(4.0, "Seconds within which all taps must land.", min=1, max=10)
    max_attempts: int = opt(3, "Wrong PINs allowed before a lockout.", min=1, max=10)
    lockout_s: int = opt(60, "First lockout in seconds; doubles each time, up to one hour.",
                         min=5, max=3600)


@dataclass(frozen=True)
class AccessibilitySection:
    """[accessibility]: speech output."""

    tts: str = opt("auto", "Text-to-speech engine.", choices=("auto", "espeak-ng", "none"))


@dataclass(frozen=True)
class LoggingSection:
    """[logging]: log verbosity and format."""

    level: str = opt("INFO", "Minimum log level.", choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    format: str = opt("text", "Log line format.", choices=("text", "json"))


@dataclass(frozen=True)
class KioskConfig:
    """The complete, validated kiosk configuration."""

    kiosk: KioskSection = field(default_factory=KioskSection)
    language: LanguageSection = field(default_factory=LanguageSection)
    idle: IdleSection = field(default_factory=IdleSection)
    backend: BackendSection = field(default_factory=BackendSection)
    open_data: OpenDataSection = field(default_factory=OpenDataSection)
    printer: PrinterSection = field(default_factory=PrinterSection)
    card_reader: CardReaderSection = field(default_factory=CardReaderSection)
    wallet: WalletSection = field(default_factory=WalletSection)
    payment_terminal: PaymentTerminalSection = field(default_factory=PaymentTerminalSection)
    video: VideoSection = field(default_factory=VideoSection)
    signage: SignageSection = field(default_factory=SignageSection)
    maintenance: MaintenanceSection = field(default_factory=MaintenanceSection)
    accessibility: AccessibilitySection = field(default_factory=AccessibilitySection)
    logging: LoggingSection = field(default_factory=LoggingSection)


_PRINTER_ADDRESS = {
    "network": (r"[^\s:]+:[0-9]{1,5}", "host:port, e.g. '127.0.0.1:9100'"),
    "usb": (r"[0-9a-fA-F]{4}:[0-9a-fA-F]{4}", "vendor:product in hex, e.g. '04b8:0202'"),
    "serial": (r"/\S+", "a device path, e.g. '/dev/ttyUSB0'"),
    "file": (r"\S.*", "a file path"),
}


def quote_all(values: Iterable[Any]) -> str:
    """Return the values' reprs joined by commas, for messages."""
    return ", ".join(repr(v) for v in values)


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class Problem(NamedTuple):
    """A rule broken by a combination of options; ``involves`` lists every option it reads."""

    key: str
    value: Any
    expected: str
    involves: tuple[str, ...]


def cross_field_problems(cfg: KioskConfig) -> Iterator[Problem]:
    """Yield every broken rule that involves more than one option."""
    lang = cfg.language
    if lang.default not in lang.available:
        yield Problem("language.default", lang.default,
                      f"one of language.available ({quote_all(lang.available)})",
                      ("language.default", "language.available"))
    printer = cfg.printer
    if printer.driver in _PRINTER_ADDRESS:
        pattern, text = _PRINTER_ADDRESS[printer.driver]
        if not re.fullmatch(pattern, printer.address):
            yield Problem("printer.address", printer.address,
                          f"{text} for driver {printer.driver!r}",
                          ("printer.address", "printer.driver"))
    terminal = cfg.payment_terminal
    if terminal.driver == "tcp" and not re.fullmatch(_PRINTER_ADDRESS["network"][0], terminal.address):
        yield Problem("payment_terminal.address", terminal.address,
                      "host:port for driver 'tcp'",
                      ("payment_terminal.address", "payment_terminal.driver"))
    wallet = cfg.wallet
    if not wallet.min_topup_cents <= wallet.max_topup_cents <= wallet.card_max_cents:
        yield Problem("wallet.max_topup_cents", wallet.max_topup_cents,
                      f"between wallet.min_topup_cents ({wallet.min_topup_cents}) and "
                      f"wallet.card_max_cents ({wallet.card_max_cents})",
                      ("wallet.max_topup_cents", "wallet.min_topup_cents", "wallet.card_max_cents"))
    if cfg.card_reader.driver == "pcsc" and not cfg.card_reader.master_key_file:
        yield Problem("card_reader.master_key_file", "", "the purse master key file for driver "
                      "'pcsc' (the demo key opens only emulated cards)",
                      ("card_reader.master_key_file", "card_reader.driver"))
