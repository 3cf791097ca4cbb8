"""The municipal services this build offers, in one closed list (later issues add theirs here)."""

from ui.services import (
    around_address, census, citizen_card, city_guide, fines, good_time, have_your_say,
    my_district, register, taxes,
)

PLUGINS = (census.PLUGIN, register.PLUGIN, fines.PLUGIN, taxes.PLUGIN, citizen_card.PLUGIN,
           around_address.PLUGIN, my_district.PLUGIN, good_time.PLUGIN, city_guide.PLUGIN,
           have_your_say.PLUGIN)
