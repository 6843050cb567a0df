"""The chapters of the rollout plan as platypus flowables, one module per group of chapters."""
