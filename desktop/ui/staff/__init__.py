"""The Staff area: list, dialog and table model."""
