import os
from PySide6.QtWidgets import QApplication
from tests.ui.conftest import start_session, open_guide, focus_search, type_on_keyboard

def test_a(qtbot, kiosk_app):
    start_session(qtbot, kiosk_app)

def test_b(qtbot, kiosk_app):
    start_session(qtbot, kiosk_app)
    open_guide(qtbot, kiosk_app)
    if os.environ.get("FOCUS"):
        focus_search(qtbot, kiosk_app)
    if os.environ.get("TYPE"):
        type_on_keyboard(qtbot, kiosk_app, "cabo")
    if os.environ.get("DUMP"):
        for w in QApplication.allWidgets():
            if not w.window() is kiosk_app.window:
                print(type(w).__name__, w.objectName(), type(w.window()).__name__, w.window().isVisible())
