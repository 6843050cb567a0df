"""The rollout plan of a project: its content (content.py), printed versions (versions.py), the
figures the document shows (figures.py) and the PDF itself (document.py)."""
