import time
from tests.ui.conftest import start_session, open_guide, focus_search, type_on_keyboard, settle

def test_smoke(qtbot, kiosk_app):
    t=time.time()
    start_session(qtbot, kiosk_app)
    open_guide(qtbot, kiosk_app)
    f = focus_search(qtbot, kiosk_app)
    type_on_keyboard(qtbot, kiosk_app, "cabo 12345678Z")
    assert f.text() == "cabo 12345678Z"
    print("took", time.time()-t)
