"""Privacy (AVG/GDPR): the audit log, everything about one client, erasure and retention."""
