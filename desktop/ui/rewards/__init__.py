"""The Rewards area: my points, recognitions, the catalogue and approvals, the leaderboard."""
