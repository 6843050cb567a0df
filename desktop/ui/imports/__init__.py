"""The import history window (File ▸ Import history…)."""
