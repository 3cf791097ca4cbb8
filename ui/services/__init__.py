"""The municipal services this build offers, in one closed list (later issues add theirs here)."""

from ui.services import census, city_guide, fines, register, taxes

PLUGINS = (census.PLUGIN, register.PLUGIN, fines.PLUGIN, taxes.PLUGIN, city_guide.PLUGIN)
