"""Market chef: shop for a recipe at the Mercado de la Esperanza within a budget, then cook.

Each seat (a side of the table) plays on its own: its own recipe, purse of coins and basket, so
several children share the table. Prices are small whole coins, never real money. A dish needs
one item of every ingredient of its recipe; it scores a base for being complete, points for every
fresh and every local (Cantabrian) ingredient used, and a coin's bonus for each coin left over.
Methods queue `MarketEvent`s for sounds and animations; the UI takes them with `drain_events`.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

__all__ = [
    "CATALOGUE", "RECIPES", "BuyOutcome", "CookResult", "Item", "MarketChef", "MarketEvent",
    "Recipe", "Sound", "Stall",
]

COMPLETE_POINTS, FRESH_POINTS, LOCAL_POINTS, COIN_POINTS = 10, 2, 2, 1
MAX_BASKET = 12
SEATS = (0, 1, 2, 3)


class Stall(Enum):
    """The stalls of the market the game shows."""

    FISH = "pescaderia"
    VEGETABLES = "verduras"
    FRUIT = "fruteria"
    CHEESE = "quesos"
    BUTCHER = "carniceria"


@dataclass(frozen=True)
class Item:
    """Something on a stall; `ingredient` is what a recipe asks for, `id` its icon key."""

    id: str
    stall: Stall
    ingredient: str
    price: int
    fresh: bool
    local: bool  # from Cantabria


@dataclass(frozen=True)
class Recipe:
    """A dish drawn as ingredient icons; `budget` is the purse a seat starts with."""

    id: str
    ingredients: tuple[str, ...]
    budget: int


F, V, R, C, B = Stall.FISH, Stall.VEGETABLES, Stall.FRUIT, Stall.CHEESE, Stall.BUTCHER
CATALOGUE: tuple[Item, ...] = (
    Item("bonito-del-norte", F, "bonito", 5, True, True),
    Item("bonito-congelado", F, "bonito", 3, False, False),
    Item("anchoas-de-santona", F, "anchoas", 4, False, True),
    Item("patata-de-valderredible", V, "patata", 2, True, True),
    Item("patata-de-fuera", V, "patata", 1, True, False),
    Item("pimiento-de-isla", V, "pimiento", 2, True, True),
    Item("pimiento-en-bote", V, "pimiento", 1, False, False),
    Item("tomate-de-la-huerta", V, "tomate", 2, True, True),
    Item("tomate-de-invernadero", V, "tomate", 1, True, False),
    Item("cebolla", V, "cebolla", 1, True, True),
    Item("lechuga", V, "lechuga", 1, True, True),
    Item("berza", V, "berza", 1, True, True),
    Item("alubias-de-cantabria", V, "alubias", 2, False, True),
    Item("alubias-en-bote", V, "alubias", 1, False, False),
    Item("manzana-de-cantabria", R, "manzana", 1, True, True),
    Item("platano", R, "platano", 1, True, False),
    Item("queso-de-nata", C, "queso", 3, True, True),
    Item("queso-picon", C, "queso", 4, False, True),
    Item("queso-de-fuera", C, "queso", 2, False, False),
    Item("chorizo-de-cantabria", B, "chorizo", 3, False, True),
    Item("chorizo-de-fuera", B, "chorizo", 2, False, False),
)
RECIPES: tuple[Recipe, ...] = (
    Recipe("sorropotun", ("bonito", "patata", "pimiento", "cebolla", "tomate"), 14),
    Recipe("ensalada-de-tomate", ("tomate", "lechuga", "cebolla"), 7),
    Recipe("cocido-montanes", ("alubias", "berza", "chorizo", "patata"), 11),
    Recipe("merienda-de-queso-y-manzana", ("queso", "manzana"), 6),
)
del F, V, R, C, B


class BuyOutcome(Enum):
    """The answer to `MarketChef.buy`."""

    BOUGHT = "bought"
    OVER_BUDGET = "over_budget"
    NOT_ON_STALL = "not_on_stall"
    BASKET_FULL = "basket_full"
    NOT_SHOPPING = "not_shopping"  # the seat has not joined, or has cooked already


class Sound(Enum):
    """What a `MarketEvent` should sound like (silent in quiet hours; the UI decides)."""

    JOINED = "joined"
    COINS = "coins"
    REFUSED = "refused"
    PUT_BACK = "put_back"
    MISSING = "missing"
    COOKED = "cooked"


@dataclass(frozen=True)
class MarketEvent:
    """Something happened at `seat`, about `item_id` when there is one."""

    sound: Sound
    seat: int
    item_id: str | None = None


@dataclass(frozen=True)
class CookResult:
    """A cooked dish and its score, or `cooked=False` with the `missing` ingredients."""

    cooked: bool
    missing: tuple[str, ...] = ()
    fresh: int = 0
    local: int = 0
    coins_left: int = 0
    points: int = 0


@dataclass
class _Seat:
    recipe: Recipe
    coins: int
    basket: list[Item] = field(default_factory=list)
    dish: CookResult | None = None


class MarketChef:
    """One round of the game for up to four seats sharing the table."""

    def __init__(self, *, catalogue: Iterable[Item] = CATALOGUE,
                 recipes: Iterable[Recipe] = RECIPES, rng: random.Random | None = None) -> None:
        """Sell `catalogue`; `rng` deals recipes to seats that join without choosing one."""
        self.items = {item.id: item for item in catalogue}
        self.recipes = {recipe.id: recipe for recipe in recipes}
        sold = {item.ingredient for item in self.items.values()}
        for recipe in self.recipes.values():
            if not set(recipe.ingredients) <= sold:
                raise ValueError(f"recipe {recipe.id} needs something no stall sells")
        self._rng = rng or random.Random()
        self._seats: dict[int, _Seat] = {}
        self._events: list[MarketEvent] = []

    def stall(self, stall: Stall) -> tuple[Item, ...]:
        """What `stall` sells, in catalogue order."""
        return tuple(item for item in self.items.values() if item.stall is stall)

    def join(self, seat: int, recipe_id: str | None = None, *, budget: int | None = None) -> Recipe:
        """Seat a player with `recipe_id` (dealt at random when None) and a full purse."""
        if seat not in SEATS:
            raise ValueError(f"seat must be 0-3, not {seat!r}")
        recipe = (self.recipes[recipe_id] if recipe_id is not None
                  else self._rng.choice(sorted(self.recipes.values(), key=lambda r: r.id)))
        self._seats[seat] = _Seat(recipe, recipe.budget if budget is None else budget)
        self._events.append(MarketEvent(Sound.JOINED, seat))
        return recipe

    def leave(self, seat: int) -> None:
        """The player at `seat` left; their basket goes back."""
        self._seats.pop(seat, None)

    def buy(self, seat: int, item_id: str, *, stall: Stall | None = None) -> BuyOutcome:
        """Put `item_id` (from `stall`, when given) in `seat`'s basket and pay for it."""
        state = self._seats.get(seat)
        item = self.items.get(item_id)
        if state is None or state.dish is not None:
            outcome = BuyOutcome.NOT_SHOPPING
        elif item is None or (stall is not None and item.stall is not stall):
            outcome = BuyOutcome.NOT_ON_STALL
        elif len(state.basket) >= MAX_BASKET:
            outcome = BuyOutcome.BASKET_FULL
        elif item.price > state.coins:
            outcome = BuyOutcome.OVER_BUDGET
        else:
            state.basket.append(item)
            state.coins -= item.price
            outcome = BuyOutcome.BOUGHT
        sound = Sound.COINS if outcome is BuyOutcome.BOUGHT else Sound.REFUSED
        self._events.append(MarketEvent(sound, seat, item_id))
        return outcome

    def put_back(self, seat: int, item_id: str) -> bool:
        """Return one `item_id` from the basket to its stall and get the coins back."""
        state = self._seats.get(seat)
        if state is None or state.dish is not None:
            return False
        for item in state.basket:
            if item.id == item_id:
                state.basket.remove(item)
                state.coins += item.price
                self._events.append(MarketEvent(Sound.PUT_BACK, seat, item_id))
                return True
        return False

    def cook(self, seat: int) -> CookResult:
        """Cook `seat`'s basket: scored when every ingredient is there, else what is missing."""
        state = self._seats.get(seat)
        if state is None:
            raise KeyError(f"nobody plays at seat {seat}")
        if state.dish is not None:
            return state.dish
        best: dict[str, Item] = {}
        for item in state.basket:  # the best of each ingredient counts; extras only cost coins
            held = best.get(item.ingredient)
            if held is None or item.fresh + item.local > held.fresh + held.local:
                best[item.ingredient] = item
        missing = tuple(i for i in state.recipe.ingredients if i not in best)
        if missing:
            self._events.append(MarketEvent(Sound.MISSING, seat))
            return CookResult(cooked=False, missing=missing, coins_left=state.coins)
        used = [best[i] for i in state.recipe.ingredients]
        fresh, local = sum(i.fresh for i in used), sum(i.local for i in used)
        points = (COMPLETE_POINTS + FRESH_POINTS * fresh + LOCAL_POINTS * local
                  + COIN_POINTS * state.coins)
        state.dish = CookResult(True, (), fresh, local, state.coins, points)
        self._events.append(MarketEvent(Sound.COOKED, seat))
        return state.dish

    def recipe_of(self, seat: int) -> Recipe | None:
        """The recipe `seat` shops for, or None when nobody plays there."""
        state = self._seats.get(seat)
        return None if state is None else state.recipe

    def coins(self, seat: int) -> int:
        """Coins left in `seat`'s purse (0 when nobody plays there)."""
        state = self._seats.get(seat)
        return 0 if state is None else state.coins

    def basket(self, seat: int) -> tuple[Item, ...]:
        """What `seat` bought so far, in order."""
        state = self._seats.get(seat)
        return () if state is None else tuple(state.basket)

    @property
    def seats(self) -> tuple[int, ...]:
        """Seats with a player, in order."""
        return tuple(sorted(self._seats))

    @property
    def all_cooked(self) -> bool:
        """True once every seated player has cooked (the round can end)."""
        return bool(self._seats) and all(s.dish is not None for s in self._seats.values())

    def drain_events(self) -> list[MarketEvent]:
        """Events since the last call, oldest first."""
        events, self._events = self._events, []
        return events

    def end_round(self) -> None:
        """Forget every player, basket and event."""
        self._seats.clear()
        self._events.clear()
