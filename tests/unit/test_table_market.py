"""Market chef: stalls, budgets, baskets per seat, scoring and sound events."""

from __future__ import annotations

import random

import pytest

from kiosk.table.market import (
    CATALOGUE, COIN_POINTS, COMPLETE_POINTS, FRESH_POINTS, LOCAL_POINTS, MAX_BASKET, RECIPES,
    BuyOutcome, Item, MarketChef, Recipe, Sound, Stall,
)

BEST_SORROPOTUN = ("bonito-del-norte", "patata-de-valderredible", "pimiento-de-isla", "cebolla",
                   "tomate-de-la-huerta")


@pytest.fixture
def market() -> MarketChef:
    return MarketChef(rng=random.Random(7))


def test_catalogue_is_small_whole_coins_and_every_recipe_can_be_cooked() -> None:
    assert all(isinstance(i.price, int) and 1 <= i.price <= 5 for i in CATALOGUE)
    assert {i.stall for i in CATALOGUE} >= {Stall.FISH, Stall.VEGETABLES, Stall.FRUIT,
                                            Stall.CHEESE}
    prices = {i.ingredient: min(j.price for j in CATALOGUE if j.ingredient == i.ingredient)
              for i in CATALOGUE}
    for recipe in RECIPES:
        assert sum(prices[i] for i in recipe.ingredients) <= recipe.budget
    with pytest.raises(ValueError):
        MarketChef(recipes=[Recipe("paella", ("arroz",), 5)])


def test_best_choices_score_fresh_local_and_leftover_coins(market: MarketChef) -> None:
    market.join(0, "sorropotun")
    for item in BEST_SORROPOTUN:
        assert market.buy(0, item) is BuyOutcome.BOUGHT
    assert market.coins(0) == 14 - 12
    dish = market.cook(0)
    assert dish.cooked and (dish.fresh, dish.local, dish.coins_left) == (5, 5, 2)
    assert dish.points == COMPLETE_POINTS + 5 * FRESH_POINTS + 5 * LOCAL_POINTS + 2 * COIN_POINTS
    assert market.cook(0) == dish  # cooking twice changes nothing
    assert market.buy(0, "cebolla") is BuyOutcome.NOT_SHOPPING


def test_cheap_choices_score_less(market: MarketChef) -> None:
    market.join(1, "sorropotun")
    for item in ("bonito-congelado", "patata-de-fuera", "pimiento-en-bote", "cebolla",
                 "tomate-de-invernadero"):
        market.buy(1, item)
    dish = market.cook(1)
    assert (dish.fresh, dish.local, dish.coins_left) == (3, 1, 7)
    best = COMPLETE_POINTS + 5 * FRESH_POINTS + 5 * LOCAL_POINTS + 2 * COIN_POINTS
    assert dish.points == COMPLETE_POINTS + 3 * FRESH_POINTS + LOCAL_POINTS + 7 < best


def test_missing_ingredients_do_not_cook(market: MarketChef) -> None:
    market.join(0, "ensalada-de-tomate")
    market.buy(0, "tomate-de-la-huerta")
    result = market.cook(0)
    assert not result.cooked and result.missing == ("lechuga", "cebolla") and result.points == 0
    market.buy(0, "lechuga")
    market.buy(0, "cebolla")
    assert market.cook(0).cooked


def test_buy_refusals(market: MarketChef) -> None:
    assert market.buy(0, "cebolla") is BuyOutcome.NOT_SHOPPING
    market.join(0, "merienda-de-queso-y-manzana", budget=4)
    assert market.buy(0, "paella") is BuyOutcome.NOT_ON_STALL
    assert market.buy(0, "queso-picon", stall=Stall.FISH) is BuyOutcome.NOT_ON_STALL
    assert market.buy(0, "queso-picon", stall=Stall.CHEESE) is BuyOutcome.BOUGHT
    assert market.buy(0, "queso-de-nata") is BuyOutcome.OVER_BUDGET
    assert market.coins(0) == 0 and [i.id for i in market.basket(0)] == ["queso-picon"]
    assert market.put_back(0, "queso-picon") and market.coins(0) == 4
    assert not market.put_back(0, "queso-picon")


def test_basket_is_bounded() -> None:
    market = MarketChef()
    market.join(2, "ensalada-de-tomate", budget=100)
    for _ in range(MAX_BASKET):
        assert market.buy(2, "cebolla") is BuyOutcome.BOUGHT
    assert market.buy(2, "cebolla") is BuyOutcome.BASKET_FULL


def test_seats_share_the_table_with_their_own_baskets(market: MarketChef) -> None:
    market.join(0, "sorropotun")
    market.join(3, "cocido-montanes")
    dealt = market.join(1)  # dealt by the injected random generator
    assert dealt == MarketChef(rng=random.Random(7)).join(1)
    market.buy(0, "cebolla")
    market.buy(3, "berza")
    assert [i.id for i in market.basket(0)] == ["cebolla"]
    assert [i.id for i in market.basket(3)] == ["berza"]
    assert market.seats == (0, 1, 3) and not market.all_cooked
    market.leave(1)
    assert market.recipe_of(1) is None and market.basket(1) == ()
    with pytest.raises(ValueError):
        market.join(4, "sorropotun")


def test_only_the_best_of_each_ingredient_counts(market: MarketChef) -> None:
    market.join(0, "merienda-de-queso-y-manzana", budget=20)
    for item in ("queso-de-fuera", "queso-de-nata", "manzana-de-cantabria", "platano"):
        market.buy(0, item)
    dish = market.cook(0)
    assert (dish.fresh, dish.local, dish.coins_left) == (2, 2, 13)
    assert market.all_cooked


def test_events_for_sounds(market: MarketChef) -> None:
    market.join(0, "ensalada-de-tomate")
    market.buy(0, "lechuga")
    market.buy(0, "bonito-del-norte", stall=Stall.VEGETABLES)
    market.put_back(0, "lechuga")
    market.cook(0)
    assert [(e.sound, e.item_id) for e in market.drain_events()] == [
        (Sound.JOINED, None), (Sound.COINS, "lechuga"), (Sound.REFUSED, "bonito-del-norte"),
        (Sound.PUT_BACK, "lechuga"), (Sound.MISSING, None)]
    assert market.drain_events() == []
    market.end_round()
    assert market.seats == () and market.drain_events() == []


def test_a_custom_catalogue() -> None:
    shop = MarketChef(catalogue=[Item("sardina", Stall.FISH, "sardina", 2, True, True)],
                      recipes=[Recipe("sardinas-asadas", ("sardina",), 3)])
    shop.join(0)
    assert shop.stall(Stall.FISH)[0].id == "sardina" and shop.stall(Stall.FRUIT) == ()
    shop.buy(0, "sardina")
    assert shop.cook(0).points == COMPLETE_POINTS + FRESH_POINTS + LOCAL_POINTS + COIN_POINTS
