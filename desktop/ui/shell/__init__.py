"""The application shell: start-up, main window, welcome screen, errors, settings."""
