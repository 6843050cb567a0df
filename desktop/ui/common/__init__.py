"""Shared widgets and helpers: workers, change signal, forms, table models, formats."""
