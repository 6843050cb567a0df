"""The demo office: a believable example firm."""
