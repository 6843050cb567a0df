"""Rewards: rules, the points ledger, recognitions, the catalogue, leaderboards, badges."""
