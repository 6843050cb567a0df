"""Saving exports from the GUI: choose a file, write it on a worker, open it."""
