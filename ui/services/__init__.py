"""The municipal services this build offers, in one closed list (later issues add theirs here)."""

from ui.services import census, citizen_card, city_guide, fines, register, taxes

PLUGINS = (census.PLUGIN, register.PLUGIN, fines.PLUGIN, taxes.PLUGIN, citizen_card.PLUGIN,
           city_guide.PLUGIN)
