"""Process environment for everything Dateline launches: offline, quiet, self-contained.

Prefect reads its settings from the environment when it is first imported, so the CLI
calls `prepare_environment` before importing any flow.
"""

import atexit
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

OFFLINE_ENV = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "GX_ANALYTICS_ENABLED": "false",
    "HF_HUB_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
}
# The embedded server can take over 20 s to start on a loaded 2-core machine.
DEFAULTS_ENV = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_LOGGING_LEVEL": "INFO",
    "PREFECT_LOGGING_EXTRA_LOGGERS": "dateline",  # the night's own warnings in the flow run's logs
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",  # and only there: a plain night has no flow run
}


def turn_off_telemetry() -> None:
    """Before Prefect or Great Expectations is imported: neither may reach the internet."""
    os.environ.update(OFFLINE_ENV)


def user_cache_dir() -> Path:
    """Built reference data of commands that have no warehouse beside which to keep it."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dateline"


def prepare_environment(data_dir: Path) -> None:
    """Turn telemetry off and keep Prefect's state under the data folder unless the user chose."""
    turn_off_telemetry()
    for name, value in DEFAULTS_ENV.items():
        os.environ.setdefault(name, value)
    if "PREFECT_HOME" not in os.environ:
        os.environ["PREFECT_HOME"] = str(data_dir.resolve() / ".prefect")  # Prefect creates it when imported


def log_to_stderr(level: int = logging.INFO) -> None:
    """A night run without Prefect logs as a Prefect run would: time, level and logger on standard error."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s.%(msecs)03d | %(levelname)-7s | %(name)s - %(message)s",
                                           datefmt="%H:%M:%S"))
    # The night's own messages from `level` up; a library's warnings and errors only, whatever level it
    # sets for its loggers (Great Expectations sets INFO when it is imported).
    handler.addFilter(lambda record: record.levelno >= (level if record.name.startswith("dateline") else logging.WARNING))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    logging.getLogger("dateline").setLevel(level)


def utc_now() -> datetime:
    """Now, as the naive UTC timestamp every table stores."""
    return datetime.now(UTC).replace(tzinfo=None)


def start_prefect_api() -> None:
    """A Prefect API for a local run: the one PREFECT_API_URL names, else a temporary server of its
    own (`prefect server start`, API only, no services, on a free loopback port), stopped at exit.

    Started first thing, so it boots while the night loads its model and validator (Prefect's own
    ephemeral server would start on the flow's first API call, after all of that). It is stopped at
    exit, after Prefect has sent its last logs and events, as Prefect stops its own."""
    if os.environ.get("PREFECT_API_URL"):
        return
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    home = Path(os.environ["PREFECT_HOME"])  # prepare_environment sets it
    home.mkdir(parents=True, exist_ok=True)
    log = (home / "server.log").open("ab")
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start",
                               "--host", "127.0.0.1", "--port", str(port), "--no-ui", "--no-services",
                               "--log-level", "WARNING"], stdout=log, stderr=log)
    os.environ["PREFECT_API_URL"] = f"http://127.0.0.1:{port}/api"
    atexit.register(_stop, server, log)


def _stop(server: subprocess.Popen, log) -> None:
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


def wait_for_prefect_api(timeout: float = 180) -> None:
    """Until the API answers its health check; a clear error when it never does."""
    import httpx

    url = os.environ["PREFECT_API_URL"]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the Prefect API at {url} did not answer within {timeout:.0f} s")


class Stopped(BaseException):
    """A stop signal (SIGTERM from systemd, Kubernetes or `docker stop`; SIGINT from a terminal) ends
    the night where it is: like KeyboardInterrupt, no `except Exception` swallows it, and every cleanup
    on the way out runs (the working copy removed, the workers stopped, the run recorded)."""

    def __init__(self, signal_name: str, detail: str = ""):
        self.signal_name = signal_name
        super().__init__(f"stopped by {signal_name}{detail}")


class _StopSignals:
    """The first stop signal raises Stopped in the main thread, unless stops are held (a night's
    commit and publishing, which end whole or not at all): then it is kept for `release_stops`. Later
    signals are ignored: the process is already on its way out, and its cleanup must finish."""

    def __init__(self):
        self.received: str | None = None
        self.held = False
        self.pending = False

    def handle(self, signum: int, frame) -> None:
        if self.received:
            return
        self.received = signal.Signals(signum).name
        if self.held:
            self.pending = True
        else:
            raise Stopped(self.received)


_stops = _StopSignals()


@contextmanager
def stopping_on_signals() -> Iterator[None]:
    """SIGTERM and SIGINT raise Stopped while inside (the main thread's handlers; restored at exit)."""
    global _stops
    _stops = _StopSignals()
    previous = {sig: signal.signal(sig, _stops.handle) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _stops = _StopSignals()  # a later night in this process starts with no stop received


def hold_stops() -> None:
    """From here a stop signal waits for release_stops (no-op outside stopping_on_signals)."""
    _stops.held = True


def stop_received() -> str | None:
    """The stop signal this process received, if any (inside stopping_on_signals)."""
    return _stops.received


def release_stops() -> str | None:
    """Stop holding; the name of a signal that arrived while held, if one did (the caller stops)."""
    _stops.held = False
    if _stops.pending:
        _stops.pending = False
        return _stops.received
    return None


_teardown_needed = True


def skip_teardown_at_exit() -> None:
    """Say that this process's work is done and written, with nothing of Prefect's or Dask's running
    (their exit handlers talk to servers): the `dateline` program then ends without the interpreter's
    teardown (`exit_quickly`)."""
    global _teardown_needed
    _teardown_needed = False


def exit_quickly(code: int) -> None:
    """When skip_teardown_at_exit was said: run the exit handlers (logging's, multiprocessing's), flush,
    and end now. Freeing a night's libraries (the model, Great Expectations, SciPy, pandas) one object
    at a time takes over a second and frees nothing the system does not free at once."""
    if _teardown_needed:
        return
    atexit._run_exitfuncs()  # CPython's own call at exit (undocumented, there since Python 3.0)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
