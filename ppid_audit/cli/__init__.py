"""The `ppid-audit` command line: one module per command group."""
