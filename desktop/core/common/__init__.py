"""Shared by every area: errors, translation, paths, validation, vocabulary."""
