"""The office area: the office's own settings."""
