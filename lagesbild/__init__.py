"""Lägesbild: the shared weekly EST situation picture (core domain logic)."""

__version__ = "0.1.0"
