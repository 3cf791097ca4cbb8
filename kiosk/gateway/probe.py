"""The gateway as a dependency with a status, so services that need it grey out when it is down."""

from __future__ import annotations

from kiosk.gateway.client import GatewayClient
from kiosk.gateway.errors import GatewayBadResponse, GatewayOffline, GatewayRejected
from kiosk.status import DeviceState, DeviceStatus
from peripherals.base import SelfTestResult


class GatewayProbe:
    """Reads /health; "not answering" blocks the services that need the city's systems."""

    name = "gateway"

    def __init__(self, client: GatewayClient) -> None:
        self.client = client

    def probe(self) -> DeviceStatus:
        try:
            health = self.client.health()
        except GatewayOffline:
            return DeviceStatus(DeviceState.NOT_ANSWERING, "network.offline", self.client.base_url)
        except GatewayRejected as exc:
            return DeviceStatus(DeviceState.ERROR, "network.offline", exc.code)
        except GatewayBadResponse:
            return DeviceStatus(DeviceState.ERROR, "network.offline", "bad response")
        sandbox = " (sandbox, synthetic data)" if health.get("synthetic") else ""
        return DeviceStatus(DeviceState.OK, "", self.client.base_url + sandbox)

    def self_test(self) -> SelfTestResult:
        status = self.probe()
        return SelfTestResult(status.state is DeviceState.OK, f"{status.state.value}: {status.detail}")
