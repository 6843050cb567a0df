"""Backups of the database: rotating SQLite copies, restore, pg_dump, and where a database may live."""
