"""The office: its settings, client segments and the health check."""
