"""The partners' first screen: where a project stands, how fast it moves and when it gets there."""
