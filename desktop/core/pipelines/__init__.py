"""Projects, stages, enrollments, moves, the board, stalled clients and numbers."""
