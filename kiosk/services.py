"""Municipal services as declared plug-ins, and whether each can run given the devices' status."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.status import StatusBoard


@dataclass(frozen=True)
class ServiceSpec:
    """What a service declares: its texts (source strings, context "services"), icon and needs."""

    id: str
    title: str
    subtitle: str
    icon: str
    requires: tuple[str, ...] = ()
    # Devices the service uses but can do without (the printer, for a certificate that can also
    # be taken as a QR code): when one is down the tile stays on and says so.
    works_without: tuple[str, ...] = ()
    # Shown after the device reason when the service is greyed out: what to do instead.
    fallback: str = ""
    # Shown after the reason when the service works without one of `works_without`.
    limited_note: str = ""
    modes: frozenset[str] = frozenset({"citizen"})
    order: int = 100


@dataclass(frozen=True)
class Availability:
    """Whether a service can start now, and the reason codes of the devices that block or limit it."""

    available: bool
    reasons: tuple[str, ...] = field(default=())


class ServiceRegistry:
    """The services this kiosk offers, in display order."""

    def __init__(self) -> None:
        self._specs: dict[str, ServiceSpec] = {}

    def register(self, spec: ServiceSpec) -> None:
        """Add a service; ids are unique."""
        if spec.id in self._specs:
            raise ValueError(f"service {spec.id!r} registered twice")
        self._specs[spec.id] = spec

    def get(self, service_id: str) -> ServiceSpec:
        """The spec of a registered service."""
        return self._specs[service_id]

    def for_mode(self, mode: str) -> list[ServiceSpec]:
        """Services shown in a kiosk mode, sorted for the home screen."""
        return sorted(
            (s for s in self._specs.values() if mode in s.modes), key=lambda s: (s.order, s.id)
        )

    @staticmethod
    def availability(spec: ServiceSpec, board: StatusBoard) -> Availability:
        """Greyed out when a required device blocks use; still on, with the reason, when a device
        it can do without is down."""
        blocking = [board.get(d).reason_code for d in spec.requires if board.get(d).state.blocks_use]
        limiting = [board.get(d).reason_code for d in spec.works_without
                    if board.get(d).state.blocks_use]
        return Availability(not blocking, tuple(blocking or limiting))
