"""A citizen's path through the real window: touch, choose, search on the on-screen keyboard, leave."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from kiosk.session import State
from tests.ui.conftest import (
    click, focus_search, open_guide, settle, show_screen, start_session, type_on_keyboard,
)


def visible_texts(widget, kind=QLabel) -> list[str]:
    return [w.text() for w in widget.findChildren(kind) if w.isVisible() and w.text()]


def card_titles(guide) -> list[str]:
    """Names on the guide's result cards, top to bottom."""
    labels = [w for w in guide.scroll.widget().findChildren(QLabel)
              if w.isVisible() and w.property("role") == "subheading"]
    return [w.text() for w in sorted(labels, key=lambda w: w.mapTo(guide, w.rect().topLeft()).y())]


def test_attract_is_shown_first_without_session_chrome(qtbot, kiosk_app) -> None:
    window = kiosk_app.window
    assert window.stack.currentWidget() is window.attract
    assert not window.top_bar.isVisible()
    assert not window.keyboard.isVisible()
    assert kiosk_app.session.state is State.ATTRACT


def test_mouse_touch_on_attract_opens_home(qtbot, kiosk_app) -> None:
    window = kiosk_app.window
    start_session(qtbot, kiosk_app)
    assert kiosk_app.session.state is State.HOME
    assert kiosk_app.session.session_id is not None
    assert window.top_bar.isVisible()
    assert not window.top_bar.home.isVisible()  # already home


def test_real_touch_on_attract_opens_home(qtbot, kiosk_app) -> None:
    window = kiosk_app.window
    device = QTest.createTouchDevice()
    point = window.attract.mapTo(window, window.attract.rect().center())
    # Touch sequences aimed at a child widget are dropped; aim at the window, as a panel would.
    QTest.touchEvent(window, device).press(0, point, window).commit()
    QTest.touchEvent(window, device).release(0, point, window).commit()
    show_screen(qtbot, kiosk_app, window.home)
    assert kiosk_app.session.state is State.HOME


def test_guide_search_with_on_screen_keyboard_then_finish_and_erase(qtbot, kiosk_app) -> None:
    window, session = kiosk_app.window, kiosk_app.session
    es = kiosk_app.parts.translations
    start_session(qtbot, kiosk_app)
    open_guide(qtbot, kiosk_app)
    assert session.state is State.SERVICE
    assert session.service_id == "city_guide"
    guide = window.service_screen
    assert window.top_bar.home.isVisible()

    field = focus_search(qtbot, kiosk_app)
    assert field.hasFocus()
    type_on_keyboard(qtbot, kiosk_app, "cabo")
    assert field.text() == "cabo"
    assert field.hasFocus()  # keys never steal focus
    # Cards of earlier keystrokes go with deleteLater; wait for the list to settle.
    qtbot.waitUntil(lambda: card_titles(guide) == ["Faro de Cabo Mayor"])
    found = es.text_in("es", "CityGuideScreen", "Places found: {count}")
    assert guide.count.text() == found.format(count=1)
    assert "Monte" in visible_texts(guide.scroll.widget())  # the district

    click(qtbot, guide.finish_button)
    show_screen(qtbot, kiosk_app, window.done)
    assert session.state is State.DONE
    assert not window.keyboard.isVisible()
    assert window.done.leave.text() == es.text_in("es", "DoneScreen", "Finish and erase my data")

    sid = session.session_id
    click(qtbot, window.done.leave)
    show_screen(qtbot, kiosk_app, window.attract)
    assert session.state is State.ATTRACT
    assert session.session_id is None
    assert window.service_screen is None
    assert not window.top_bar.isVisible()
    assert sid


def test_end_session_button_ends_from_a_service(qtbot, kiosk_app) -> None:
    window, session = kiosk_app.window, kiosk_app.session
    start_session(qtbot, kiosk_app)
    open_guide(qtbot, kiosk_app)
    focus_search(qtbot, kiosk_app)
    type_on_keyboard(qtbot, kiosk_app, "faro")
    click(qtbot, window.top_bar.end)
    show_screen(qtbot, kiosk_app, window.attract)
    assert session.state is State.ATTRACT
    assert window.service_screen is None
    assert not window.keyboard.isVisible()


def test_home_button_returns_home_in_the_same_session(qtbot, kiosk_app) -> None:
    window, session = kiosk_app.window, kiosk_app.session
    start_session(qtbot, kiosk_app)
    sid = session.session_id
    open_guide(qtbot, kiosk_app)
    guide = window.service_screen
    focus_search(qtbot, kiosk_app)
    type_on_keyboard(qtbot, kiosk_app, "playa")
    click(qtbot, window.top_bar.home)
    show_screen(qtbot, kiosk_app, window.home)
    assert session.state is State.HOME
    assert session.session_id == sid
    assert window.service_screen is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(guide))  # the old screen is deleted
    assert not window.keyboard.isVisible()
    # The guide opens afresh: nothing typed before survives.
    open_guide(qtbot, kiosk_app)
    assert window.service_screen is not guide
    assert window.service_screen.search.text() == ""


def test_another_procedure_returns_home(qtbot, kiosk_app) -> None:
    window, session = kiosk_app.window, kiosk_app.session
    start_session(qtbot, kiosk_app)
    open_guide(qtbot, kiosk_app)
    click(qtbot, window.service_screen.finish_button)
    show_screen(qtbot, kiosk_app, window.done)
    click(qtbot, window.done.again)
    show_screen(qtbot, kiosk_app, window.home)
    assert session.state is State.HOME


def test_keyboard_done_key_hides_keyboard(qtbot, kiosk_app) -> None:
    window = kiosk_app.window
    start_session(qtbot, kiosk_app)
    open_guide(qtbot, kiosk_app)
    field = focus_search(qtbot, kiosk_app)
    done = [k for k in window.keyboard.findChildren(type(window.done.leave))
            if k.isVisible() and k.property("action") == "done"]
    assert len(done) == 1
    click(qtbot, done[0])
    qtbot.waitUntil(lambda: not window.keyboard.isVisible())
    assert not field.hasFocus()
    settle(qtbot, kiosk_app)
    # Tapping the field again brings the keyboard back.
    click(qtbot, field, QPoint(20, field.height() // 2))
    qtbot.waitUntil(window.keyboard.isVisible)
