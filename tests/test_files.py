import threading

import pytest

from dateline.files import write_atomically


def test_writers_of_one_file_at_once_all_succeed_and_leave_one_whole_file(tmp_path):
    """Nights running at once write the same gazetteer cache, report and docs pages."""
    path = tmp_path / "cache" / "report.html"
    contents = [str(i) * 200_000 for i in range(8)]
    start = threading.Barrier(len(contents))
    errors = []

    def write(text):
        start.wait()
        try:
            for _ in range(20):
                write_atomically(path, text)
        except Exception as error:  # noqa: BLE001 - collected for the assertion below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(text,)) for text in contents]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert path.read_text(encoding="utf-8") in contents
    assert [p.name for p in path.parent.iterdir()] == ["report.html"]  # no temporary file left
    assert path.stat().st_mode & 0o644 == 0o644


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path):
    path = tmp_path / "index.html"
    write_atomically(path, "old")
    with pytest.raises(TypeError):
        write_atomically(path, object())  # not text or bytes: fails while writing
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]
