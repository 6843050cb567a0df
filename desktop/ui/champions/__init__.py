"""The champion network in the GUI: hand-over, coverage, nominations, a champion's page."""
