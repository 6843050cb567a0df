"""Measures: interventions planned for a person or a group (readiness, the rollout plan)."""
