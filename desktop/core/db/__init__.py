"""Engine and pragmas, migrations, table definitions and bulk writes."""
