"""Fast random draws for the demo generator, deterministic per seed.

random.Random's own randint/choice/choices spend most of their time checking arguments, which
adds seconds at 100,000 clients.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


def between(rng: random.Random, low: int, high: int) -> int:
    """Like rng.randint(low, high): a whole number from low to high inclusive."""
    return low + int(rng.random() * (high - low + 1))


def pick(rng: random.Random, items: Sequence[T]) -> T:
    """Like rng.choice(items)."""
    return items[int(rng.random() * len(items))]


class Weighted(Generic[T]):
    """Items drawn in proportion to their weights (rng.choices with the totals computed once)."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = tuple(items)
        self.cumulative = tuple(accumulate(weights))

    def draw(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]
