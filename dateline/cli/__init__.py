"""The `dateline` command, on top of everything else."""

from dateline.cli.app import app

__all__ = ["app"]
