import io

from dateline.progress import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_done_total_rate_and_time_left():
    terminal = Terminal()
    with progress("extract and load", "articles", stream=terminal) as bar:
        bar.total = 400
        bar.update(100)
        bar.refresh()
    shown = terminal.getvalue()
    assert "extract and load" in shown and "100/400" in shown
    assert "articles/s" in shown and "<" in shown  # rate, then elapsed<left


def test_logs_and_pipes_get_no_bar():
    piped = io.StringIO()
    with progress("ingest", "files", stream=piped) as bar:
        bar.update(3)
    assert piped.getvalue() == ""
