"""Draagvlak: adoption management for accounting firms."""

__version__ = "0.1.0"
