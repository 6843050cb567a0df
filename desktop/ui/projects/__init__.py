"""The Projects area: projects, stages, approaches, numbers and enrolling."""
