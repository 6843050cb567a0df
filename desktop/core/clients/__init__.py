"""Clients: editing, the client list and a client's history."""
