"""Command line: parser and exit codes in main, one module per command group."""
