"""The Readiness area: rounds, the score grid and the heatmap."""
