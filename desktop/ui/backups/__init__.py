"""Backups in the GUI: automatic ones while the program runs, and File ▸ Backups…"""
