"""The municipal services this build offers, in one closed list (later issues add theirs here)."""

from ui.services import city_guide

PLUGINS = (city_guide.PLUGIN,)
