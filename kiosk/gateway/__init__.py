"""Client of the municipal gateway: the one HTTP JSON API through which the kiosk reaches the city.

The contract is `docs/gateway-openapi.json`; the kiosk depends on nothing else, so any
implementation of it (the sandbox in `sandbox/gateway`, the city's real platform) plugs in by URL.
"""

from kiosk.gateway.client import GatewayClient
from kiosk.gateway.errors import (
    GatewayBadResponse,
    GatewayError,
    GatewayOffline,
    GatewayRejected,
)
from kiosk.gateway.models import AnswerReceipt, Poll, PollOption, RatingScale, Texts

__all__ = ["AnswerReceipt", "GatewayBadResponse", "GatewayClient", "GatewayError", "GatewayOffline",
           "GatewayRejected", "Poll", "PollOption", "RatingScale", "Texts"]
