"""The card payment terminal (PIN pad): interface, TCP driver and simulator.

The wire protocol is in ``protocol.py`` and documented in docs/payment-terminal.md.
"""

from peripherals.payment_terminal.base import (
    PaymentTerminal,
    Result,
    TerminalError,
    TerminalOffline,
    TerminalProtocolError,
    TerminalResult,
    TerminalTimeout,
)
from peripherals.payment_terminal.driver import TcpPaymentTerminal

__all__ = [
    "PaymentTerminal",
    "Result",
    "TcpPaymentTerminal",
    "TerminalError",
    "TerminalOffline",
    "TerminalProtocolError",
    "TerminalResult",
    "TerminalTimeout",
]
