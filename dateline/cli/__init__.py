"""The `dateline` command, on top of everything else."""

from dateline.cli.app import app, main

__all__ = ["app", "main"]
