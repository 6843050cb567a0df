"""The rollout plan in the GUI: the plan editor tab of a project and printing the PDF."""
