"""Have your say: the city's open polls and a short satisfaction survey about the kiosk.

Answers are anonymous (no identification, nothing about the citizen is sent) and limited to one
per poll in each session. An answer is journalled before it is sent; when the participation
platform cannot be reached it stays queued and is sent later, exactly once (kiosk/participation.py).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractButton, QButtonGroup, QFrame, QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget,
)

from kiosk.gateway.models import Poll, PollOption
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.participation import COMMENT_MAX, Answer, Outcome
from kiosk.services import ServiceSpec
from ui import theme
from ui.formatting import day
from ui.i18n import translate
from ui.services.base import ServiceContext, ServicePlugin
from ui.services.procedure import ProcedureScreen, Step
from ui.widgets import WrapButton, button, clear_layout, label
from ui.worker import run_in_background

log = logging.getLogger(__name__)

SPEC = ServiceSpec(
    id="have_your_say",
    title=QT_TRANSLATE_NOOP("services", "Have your say"),
    subtitle=QT_TRANSLATE_NOOP("services", "City polls and a short survey about this kiosk"),
    icon="say",
    order=80,
)
ANSWERED = "participation.answered"  # vault: poll ids answered in this session
FALLBACK_FILE = Path(__file__).resolve().parents[2] / "content" / "default" / "participation.json"
FACE_WORDS = (QT_TRANSLATE_NOOP("HaveYourSay", "Very hard"), QT_TRANSLATE_NOOP("HaveYourSay", "Hard"),
              QT_TRANSLATE_NOOP("HaveYourSay", "Neither"), QT_TRANSLATE_NOOP("HaveYourSay", "Easy"),
              QT_TRANSLATE_NOOP("HaveYourSay", "Very easy"))


def fallback_polls() -> list[Poll]:
    """The kiosk's own survey, shipped in content, for when the platform cannot be reached."""
    doc = json.loads(FALLBACK_FILE.read_text(encoding="utf-8"))
    return [Poll.parse(item) for item in doc["polls"]]


class FaceButton(QAbstractButton):
    """A big face from frowning (1) to smiling (5) with its word under it, painted whole here
    (the QPushButton stylesheet would squeeze it to a text button's height)."""

    def __init__(self, rating: int) -> None:
        super().__init__()
        self.rating = rating
        self.word = ""
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName(f"face{rating}")
        self.setMinimumSize(QSize(140, 200))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_word(self, word: str) -> None:
        self.word = word
        self.setAccessibleName(word)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(180, 200)

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        p = theme.current()
        checked = self.isChecked()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(p.focus if checked else p.border), 4 if checked else 2))
        painter.setBrush(QColor(p.primary if checked else p.surface))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 16, 16)
        ink = QColor(p.on_primary if checked else p.text)
        r = min(self.width() * 0.3, 48.0)
        c = QPointF(self.width() / 2, 20 + r)
        painter.setPen(QPen(ink, 5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(c, r, r)
        painter.setBrush(ink)
        for dx in (-0.35, 0.35):
            painter.drawEllipse(QPointF(c.x() + dx * r, c.y() - 0.25 * r), r * 0.1, r * 0.1)
        curve = (self.rating - 3) * 0.22 * r  # frown (1) … flat (3) … smile (5)
        mouth = QPainterPath(QPointF(c.x() - 0.45 * r, c.y() + 0.35 * r))
        mouth.quadTo(QPointF(c.x(), c.y() + 0.35 * r + curve * 2), QPointF(c.x() + 0.45 * r, c.y() + 0.35 * r))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(mouth)
        font = self.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(QRectF(8, 28 + 2 * r, self.width() - 16, self.height() - 36 - 2 * r),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.word)
        painter.end()


class ListStep(Step):
    """Every open poll and the survey, each on a card with one button."""

    answer = Signal(object)  # Poll

    def __init__(self) -> None:
        super().__init__()
        self.intro = label()
        self.note = label("muted")
        self.note.setObjectName("pollsNote")
        self.cards = QVBoxLayout()
        self.cards.setSpacing(16)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.note)
        self.body.addLayout(self.cards)
        self.body.addStretch(1)

    def set_polls(self, polls: list[Poll], answered: set[str], lang: str) -> None:
        clear_layout(self.cards)
        for poll in polls:
            card = QFrame()
            card.setProperty("role", "card")
            card.setObjectName(f"poll_{poll.id}")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(28, 20, 28, 20)
            title = label("subheading")
            title.setText(poll.text(lang))
            about = label("muted")
            about.setText(poll.description.text(lang))
            until = label("muted")
            if poll.kind == "poll":
                until.setText(translate("HaveYourSay", "Open until {date}").format(date=day(poll.closes, lang)))
            action = button("secondary" if poll.id in answered else "")
            action.setObjectName(f"answer_{poll.id}")
            done = poll.id in answered
            action.setEnabled(not done)
            action.setText(translate("HaveYourSay", "Answered, thank you") if done else translate("HaveYourSay", "Answer"))
            action.clicked.connect(lambda _=False, p=poll: self.answer.emit(p))
            for widget in (title, about, until):
                if widget.text():
                    inner.addWidget(widget)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(action)
            inner.addLayout(row)
            self.cards.addWidget(card)
            card.show()

    def retranslate(self) -> None:
        self.intro.setText(translate("HaveYourSay", "Your answers are anonymous: nobody can know who answered. "
                                     "You can answer each question once per visit."))


class QuestionStep(Step):
    """One poll's options, or the survey's five faces and an optional comment."""

    def __init__(self, language: Callable[[], str]) -> None:
        super().__init__()
        self._language = language
        self.question = label("subheading")
        self.question.setObjectName("pollQuestion")
        self.about = label("muted")
        self.options = QVBoxLayout()
        self.options.setSpacing(12)
        self.faces_row = QHBoxLayout()
        self.faces_row.setSpacing(16)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.faces = [FaceButton(r) for r in range(1, 6)]
        for face in self.faces:
            self.faces_row.addWidget(face)
        self.comment_label = label()
        self.comment = QLineEdit()
        self.comment.setObjectName("pollComment")
        self.comment.setProperty("keyboardLayout", "TEXT")
        self.comment.setMaxLength(COMMENT_MAX)
        self.comment_note = label("muted")
        self.error = label("reason")
        self.error.setObjectName("pollError")
        self.error.hide()
        for w in (self.question, self.about):
            self.body.addWidget(w)
        self.body.addLayout(self.options)
        self.body.addLayout(self.faces_row)
        for w in (self.comment_label, self.comment, self.comment_note, self.error):
            self.body.addWidget(w)
        self.body.addStretch(1)
        self.poll: Poll | None = None
        self._choices: list[tuple[QAbstractButton, PollOption]] = []

    def show_poll(self, poll: Poll) -> None:
        self.poll = poll
        self._choices = []
        self.error.hide()
        self.comment.clear()
        for b in self.group.buttons():
            self.group.removeButton(b)
        clear_layout(self.options)
        survey = poll.kind == "survey"
        for face in self.faces:
            face.setVisible(survey)
            face.setChecked(False)
            if survey:
                self.group.addButton(face)
        for widget in (self.comment_label, self.comment, self.comment_note):
            widget.setVisible(survey and poll.allows_comment)
        if not survey:
            for i, option in enumerate(poll.options):
                choice = WrapButton()
                choice.setCheckable(True)
                choice.setObjectName(f"option_{option.id}")
                choice.setProperty("optionId", option.id)
                self._choices.append((choice, option))
                self.group.addButton(choice)
                self.options.addWidget(choice)
                choice.show()
        self.retranslate()

    def chosen(self) -> Answer | None:
        """The answer as chosen, or None with the error shown."""
        picked = self.group.checkedButton()
        if self.poll is None or picked is None:
            self.error.setText(translate("HaveYourSay", "Choose an answer first.") if self.poll and self.poll.kind == "poll"
                               else translate("HaveYourSay", "Touch a face first."))
            self.error.show()
            return None
        if isinstance(picked, FaceButton):
            return Answer(self.poll.id, rating=picked.rating, comment=self.comment.text())
        return Answer(self.poll.id, option_id=str(picked.property("optionId")))

    def retranslate(self) -> None:
        if self.poll is None:
            return
        lang = self._language()
        self.question.setText(self.poll.text(lang))
        self.about.setText(self.poll.description.text(lang))
        for choice, option in self._choices:
            choice.setText(option.text(lang))
        for face, word in zip(self.faces, FACE_WORDS, strict=True):
            face.set_word(translate("HaveYourSay", word))
        self.comment_label.setText(translate("HaveYourSay", "Anything to add? (optional)"))
        self.comment_note.setText(translate("HaveYourSay", "Please do not write your name, ID or phone number: "
                                            "they would be removed."))


class ThanksStep(Step):
    def __init__(self) -> None:
        super().__init__()
        self.title = label("heading")
        self.title.setObjectName("thanksTitle")
        self.text = label()
        self.text.setObjectName("thanksText")
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)
        self.body.addStretch(1)
        self.outcome = Outcome.SENT

    def show_outcome(self, outcome: str) -> None:
        self.outcome = outcome
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("HaveYourSay", "Thank you!"))
        self.text.setText({
            Outcome.SENT: translate("HaveYourSay", "Your answer has been recorded."),
            Outcome.QUEUED: translate("HaveYourSay", "The city's participation service cannot be reached right now. "
                                      "Your answer is saved on this kiosk and will be sent as soon as it can."),
            Outcome.REJECTED: translate("HaveYourSay", "This question has just closed, so your answer could not be counted."),
        }[self.outcome])


class HaveYourSayScreen(ProcedureScreen):
    title_source = "Have your say"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.polls: list[Poll] = []
        self.list = self.add_step(ListStep())
        self.list.answer.connect(self.open_poll)
        self.question = self.add_step(QuestionStep(lambda: self.context.language))
        self.thanks = self.add_step(ThanksStep())
        self.retranslate()

    def begin(self) -> None:
        self.go(self.list, remember=False)
        self.polls = []
        self.list.note.setText(translate("CityData", "Loading…"))
        lang = self.context.language
        run_in_background(lambda: self.context.gateway.participation_polls(lang), name="polls",
                          deadline_s=15, on_success=self._on_polls, on_failure=self._on_polls_failed)

    def _on_polls(self, polls: list[Poll]) -> None:
        self.polls = polls
        self.list.note.setText("" if polls else translate("HaveYourSay", "There are no open questions right now."))
        self._fill()

    def _on_polls_failed(self, exc: BaseException) -> None:
        log.info("polls not loaded", extra={"event": "participation.polls_failed",
                                            "error": getattr(exc, "code", type(exc).__name__)})
        try:
            self.polls = fallback_polls()
        except (OSError, ValueError, KeyError):
            self.polls = []
        self.list.note.setText(translate("HaveYourSay", "The city's polls cannot be loaded right now. "
                                         "You can still tell us about this kiosk."))
        self._fill()

    def _answered(self) -> set[str]:
        value = self.context.vault.get(ANSWERED)
        return set(value) if isinstance(value, (set, frozenset)) else set()

    def _fill(self) -> None:
        # The platform lists only open polls; its calendar, not the kiosk's clock, says which.
        self.list.set_polls(self.polls, self._answered(), self.context.language)

    def open_poll(self, poll: Poll) -> None:
        """Ask one poll or the survey (once per session)."""
        if poll.id in self._answered():
            return
        self.question.show_poll(poll)
        self.go(self.question)

    def primary_action(self, step: QWidget):
        if step is self.question:
            return translate("HaveYourSay", "Send my answer"), self._send
        if step is self.thanks:
            return translate("HaveYourSay", "Other questions"), self._back_to_list
        return None

    def _send(self) -> None:
        answer = self.question.chosen()
        queue = self.context.answers
        if answer is None or queue is None:
            return
        self.context.vault.put(ANSWERED, frozenset(self._answered() | {answer.poll_id}))

        def record_and_send() -> str:
            return queue.send(queue.record(answer))

        self.question.comment.clear()
        run_in_background(record_and_send, name="send answer", deadline_s=30,
                          on_success=self._sent, on_failure=lambda exc: self._sent(Outcome.QUEUED))
        self._set_busy(True)

    def _sent(self, outcome: str) -> None:
        self._set_busy(False)
        self.thanks.show_outcome(outcome)
        self.go(self.thanks, final=True)

    def _back_to_list(self) -> None:
        self._fill()
        self.go(self.list, remember=False)

    def reset(self) -> None:
        self.question.comment.clear()

    def retranslate(self) -> None:
        super().retranslate()
        if self.polls:
            self._fill()

    def spoken_title(self) -> str:
        return translate("services", "Have your say")


def create_screen(context: ServiceContext) -> HaveYourSayScreen:
    return HaveYourSayScreen(context)


PLUGIN = ServicePlugin(spec=SPEC, create_screen=create_screen)
