"""The frame every municipal procedure shares: steps in a stack, one action row at the bottom,
gateway calls off the UI thread with a "please wait" state, and one failure panel that says what
happened and what the citizen can do next."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from kiosk.journal import new_key
from kiosk.session import SessionVault
from kiosk.gateway.errors import MESSAGES, GatewayOffline, GatewayRejected, message_code
from ui.i18n import translate
from ui.services.base import ServiceContext, ServiceScreen
from ui.widgets import button, clear_layout, label
from ui.worker import DeadlineExceeded, run_in_background

log = logging.getLogger(__name__)


class Step(QWidget):
    """One page of a procedure, inside a scroll area so it never clips; texts in `retranslate()`."""

    def __init__(self) -> None:
        super().__init__()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(20)

    def retranslate(self) -> None:
        """Set every visible text from the installed translation."""


def request_key(vault: SessionVault, slot: str, request: object) -> str:
    """The Idempotency-Key for `request`: the same one for as long as the same request is retried
    (so the gateway acts once), a new one when the citizen changes what they ask for."""
    previous = vault.get(slot)
    key = previous[1] if isinstance(previous, tuple) and previous[0] == request else new_key()
    vault.put(slot, (request, key))
    return key


class CardListStep(Step):
    """A one-line summary over a list of cards (fines, receipts)."""

    def __init__(self, summary_name: str) -> None:
        super().__init__()
        self.summary = label("subheading")
        self.summary.setObjectName(summary_name)
        self.cards = QVBoxLayout()
        self.cards.setSpacing(16)
        self.body.addWidget(self.summary)
        self.body.addLayout(self.cards)
        self.body.addStretch(1)

    def set_cards(self, cards: list[QWidget]) -> None:
        """Replace the cards."""
        clear_layout(self.cards)
        for card in cards:
            self.cards.addWidget(card)
            card.show()  # now, not at the layout's queued show: the scroll area sizes for it at once


class ProcedureScreen(ServiceScreen):
    """Base of the procedure screens: subclasses add steps and drive them with `go()` and `call()`."""

    title_source = ""  # English source text, context "services"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__()
        self.context = context
        self.heading = label("heading")
        self.wait_label = label("muted")
        self.wait_label.hide()
        # Each step scrolls on its own page, so a short receipt is not as tall as a long form.
        self.pages = QStackedWidget()
        self.pages.setMinimumSize(1, 1)
        self._pages: dict[QWidget, QScrollArea] = {}
        self.failure = FailurePanel()
        self.failure.retry.clicked.connect(self._retry)
        self.failure.home.clicked.connect(self.home_requested)
        self.failure.end.clicked.connect(self.end_requested)
        self._add_page(self.failure)
        self.back = button("secondary")
        self.back.setObjectName("procedureBack")
        self.primary = button()
        self.primary.setObjectName("procedurePrimary")
        self.back.clicked.connect(self._on_back)
        self.primary.clicked.connect(self._on_primary)
        # Actions at the bottom: within reach from a wheelchair and just above the keyboard.
        actions = QHBoxLayout()
        actions.addWidget(self.back)
        actions.addStretch(1)
        actions.addWidget(self.wait_label)
        actions.addWidget(self.primary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 20)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages, 1)
        layout.addLayout(actions)
        self._history: list[Step] = []
        self._retry_action: Callable[[], None] | None = None
        self._busy = False

    # --- navigation --------------------------------------------------------------------------
    def add_step(self, step: Step) -> Step:
        """Register a step page."""
        self._add_page(step)
        return step

    def _add_page(self, content: QWidget) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self._pages[content] = scroll
        self.pages.addWidget(scroll)

    def go(self, step: QWidget, *, remember: bool = True, final: bool = False) -> None:
        """Show `step`; Back returns to the previous one when `remember` is set.

        A `final` step (a receipt, an issued document) forgets the way back, so Back cannot lead
        to sending the same request again.
        """
        current = self.current_step()
        if final:
            self._history.clear()
        elif remember and isinstance(current, Step) and current is not step and current is not self.failure:
            self._history.append(current)
        page = self._pages[step]
        self.pages.setCurrentWidget(page)
        page.verticalScrollBar().setValue(0)
        self._sync_actions()

    def forget_history(self) -> None:
        """Back no longer leads to earlier steps (after identification, say)."""
        self._history.clear()
        self._sync_actions()

    def current_step(self) -> QWidget:
        """The step (or the failure panel) on show."""
        return self.pages.currentWidget().widget()

    def primary_action(self, step: QWidget) -> tuple[str, Callable[[], None]] | None:
        """The (label, action) of the bottom-right button on `step`, or None to hide it."""
        return None

    # --- background calls --------------------------------------------------------------------
    def call(self, fn: Callable[[], Any], on_success: Callable[[Any], None], *,
             on_rejected: Callable[[GatewayRejected], bool] | None = None,
             deadline_s: float | None = None) -> None:
        """Run a gateway call off the UI thread; failures end on the failure panel with a retry.

        `on_rejected` may handle a GatewayRejected itself (a wrong code, say) and return True.
        """
        timeout = self.context.gateway.timeout_s
        self._set_busy(True)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return  # the session ended while the call was out; its screen is gone
            self._set_busy(False)
            if isinstance(exc, GatewayRejected) and on_rejected is not None and on_rejected(exc):
                return
            if isinstance(exc, GatewayRejected) and exc.code == "identification_required":
                # The token expired: forget it, so the next attempt asks the citizen again.
                self.context.vault.put("identity", None)
                self.show_failure(exc, retry=None)
                return
            self.show_failure(exc, retry=lambda: self.call(fn, on_success, on_rejected=on_rejected,
                                                           deadline_s=deadline_s))

        def succeeded(value: Any) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_busy(False)
            on_success(value)

        # Reads retry twice with backoff inside the client, so leave room for three attempts.
        run_in_background(fn, on_success=succeeded, on_failure=failed,
                          deadline_s=deadline_s or timeout * 3 + 3, name=type(self).__name__)

    def show_failure(self, exc: BaseException, retry: Callable[[], None] | None) -> None:
        """Explain a failure in the citizen's language and offer what can be done next."""
        code = "gateway.offline" if isinstance(exc, DeadlineExceeded) else message_code(exc)
        if not isinstance(exc, (GatewayRejected, GatewayOffline, DeadlineExceeded)):
            log.error("procedure call failed", extra={"event": "procedure.failed", "error": type(exc).__name__})
        self._retry_action = retry
        self.failure.show_code(code, can_retry=retry is not None)
        self.go(self.failure)  # Back returns to the step the failure interrupted

    # --- internals ---------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.wait_label.setVisible(busy)
        self._sync_actions()

    def _sync_actions(self) -> None:
        current = self.current_step()
        action = None if current is self.failure else self.primary_action(current)
        self.primary.setVisible(action is not None)
        if action is not None:
            self.primary.setText(action[0])
        self.primary.setEnabled(not self._busy)
        self.back.setEnabled(not self._busy)
        self.back.setText(translate("ProcedureScreen", "Back") if self._history
                          else translate("ProcedureScreen", "Other services"))

    def _on_primary(self) -> None:
        action = self.primary_action(self.current_step())
        if action is not None and not self._busy:
            action[1]()

    def _on_back(self) -> None:
        if self._busy:
            return
        if self._history:
            self.go(self._history.pop(), remember=False)
        else:
            self.home_requested.emit()

    def _retry(self) -> None:
        if self._retry_action is not None:
            action, self._retry_action = self._retry_action, None
            action()

    def retranslate(self) -> None:
        self.heading.setText(translate("services", self.title_source))
        self.wait_label.setText(translate("ProcedureScreen", "Please wait…"))
        self.failure.retranslate()
        for step in self._pages:
            if isinstance(step, Step):
                step.retranslate()
        self._sync_actions()

    def spoken_title(self) -> str:
        return translate("services", self.title_source)


class FailurePanel(QWidget):
    """What happened, and the ways forward: try again, another service, or end the session."""

    def __init__(self) -> None:
        super().__init__()
        self._code = "gateway.error"
        self.what = label("subheading")
        self.what.setObjectName("failureWhat")
        self.next = label()
        self.retry = button()
        self.retry.setObjectName("failureRetry")
        self.home = button("secondary")
        self.home.setObjectName("failureHome")
        self.end = button("secondary")
        self.end.setObjectName("failureEnd")
        row = QHBoxLayout()
        row.addWidget(self.retry)
        row.addWidget(self.home)
        row.addWidget(self.end)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 24, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.what)
        layout.addWidget(self.next)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_code(self, code: str, can_retry: bool) -> None:
        self._code = code
        self.retry.setVisible(can_retry)
        self.retranslate()

    def retranslate(self) -> None:
        self.what.setText(translate("gateway", MESSAGES[self._code]))
        self.next.setText(translate(
            "FailurePanel", "What you entered is kept. You can try again, use another service, "
            "or come back later."))
        self.retry.setText(translate("FailurePanel", "Try again"))
        self.home.setText(translate("FailurePanel", "Other services"))
        self.end.setText(translate("FailurePanel", "End session"))
