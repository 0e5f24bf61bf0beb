"""A query's answer written as CSV, JSON or a Markdown table, for `dateline sql --format`."""

import csv
import json
from collections.abc import Iterable
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, TextIO

FORMATS = ("table", "csv", "json", "markdown")


def write_rows(columns: list[str], rows: Iterable[tuple], format: str, out: TextIO) -> int:
    """Write every row in `format` (not `table`, which DuckDB draws itself); rows written."""
    written = 0
    if format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if value is None else _text(value) for value in row])
            written += 1
    elif format == "json":  # one array of objects: what jq, pandas.read_json and browsers take
        out.write("[")
        for row in rows:
            out.write(("," if written else "") + "\n" + json.dumps(dict(zip(columns, row)), default=_json_value,
                                                                    ensure_ascii=False))
            written += 1
        out.write("\n]\n")
    elif format == "markdown":
        out.write("| " + " | ".join(_cell(c) for c in columns) + " |\n")
        out.write("|" + "|".join("---" for _ in columns) + "|\n")
        for row in rows:
            out.write("| " + " | ".join("" if v is None else _cell(_text(v)) for v in row) + " |\n")
            written += 1
    else:
        raise ValueError(f"unknown format {format!r}; one of {', '.join(FORMATS)}")
    return written


def _text(value: Any) -> str:
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, default=_json_value, ensure_ascii=False)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)  # UUIDs, intervals, blobs


def _cell(text: str) -> str:
    """A Markdown cell: pipes escaped, line breaks as <br>, so a body or title keeps its row."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")
