"""The Clients area: list, dialogs and table models."""
