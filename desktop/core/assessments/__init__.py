"""Readiness assessments (ADKAR): rounds, scores, barrier points, results."""
