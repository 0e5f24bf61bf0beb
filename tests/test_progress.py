import io
import os
import pty

from dateline.night.progress import progress


def test_a_terminal_sees_done_total_rate_and_time_left():
    """On a real pseudo-terminal, one that reports no size (0 x 0) as a bare one does."""
    master, slave = pty.openpty()
    with os.fdopen(slave, "w", encoding="utf-8") as terminal:
        with progress("extract and load", "articles", stream=terminal) as bar:
            bar.total = 400
            bar.update(100)
            bar.refresh()
    shown = os.read(master, 65536).decode("utf-8", "replace")
    os.close(master)
    assert "extract and load" in shown and "100/400" in shown
    assert "articles/s" in shown and "<" in shown  # rate, then elapsed<left


def test_logs_and_pipes_get_no_bar():
    piped = io.StringIO()
    with progress("ingest", "files", stream=piped) as bar:
        bar.update(3)
    assert piped.getvalue() == ""
