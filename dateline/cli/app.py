"""`dateline`: run the nightly flow, serve it on a schedule, query the warehouse."""

import typer

from dateline.cli import evaluation, night, reading
from dateline.runtime import exit_quickly

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
for command in (night.run, night.backfill, night.serve, night.server, evaluation.extract, evaluation.quality,
                reading.dq, reading.sql, reading.report, reading.docs):
    app.command()(command)


def main() -> None:
    """The `dateline` program: `app`, ending as soon as a command's work is written (exit_quickly)."""
    try:
        app()
    except SystemExit as done:
        if done.code in (None, 0):
            exit_quickly(0)
        raise
