"""A private PostgreSQL for tests: a cluster made by `initdb` in a temporary folder, listening on
127.0.0.1 only (no Unix socket) on a free port, trusted for its one user, stopped and deleted when
the session ends. Use it by importing the fixtures into a test module or conftest:

    from tests.postgres import postgres_dsn, postgres_server  # noqa: F401

    def test_something(postgres_dsn):  # a new empty database for this test
        duckdb.connect().execute(f"ATTACH 'ducklake:postgres:{postgres_dsn}' AS lake (DATA_PATH '...')")

Without PostgreSQL's binaries (Debian: `apt-get install postgresql`) the tests that use it are
skipped, saying why; with DATELINE_REQUIRE_POSTGRES=1 they fail instead. PostgreSQL refuses to run
as root, so under root the cluster runs as the `postgres` OS user the Debian package creates."""

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

USER = "dateline"
REQUIRE = "DATELINE_REQUIRE_POSTGRES"
_databases = itertools.count(1)


@dataclass(frozen=True)
class Postgres:
    """A running test cluster: where it listens, and how long it took to start."""

    bin_dir: Path
    port: int
    startup_seconds: float
    host: str = "127.0.0.1"
    user: str = USER

    def dsn(self, dbname: str = USER) -> str:
        """A libpq key/value connection string for `dbname` (what `ducklake:postgres:` takes)."""
        return f"host={self.host} port={self.port} dbname={dbname} user={self.user}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create a database, empty or a copy of `template` (which nobody may be connected to), and
        return its DSN."""
        copy = ["-T", template] if template else []
        subprocess.run([self.bin_dir / "createdb", "-h", self.host, "-p", str(self.port), "-U", self.user, *copy,
                        name], check=True, capture_output=True, text=True)
        return self.dsn(name)


def postgres_bin_dir() -> Path | None:
    """The folder of `initdb` and `pg_ctl`: on PATH, else the newest /usr/lib/postgresql/*/bin."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else None


def _unavailable(reason: str) -> None:
    if os.environ.get(REQUIRE) == "1":
        pytest.fail(f"{reason} ({REQUIRE}=1)")
    pytest.skip(f"{reason}; set {REQUIRE}=1 to fail instead")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _runner() -> dict:
    """subprocess arguments that run the server as a user PostgreSQL accepts (not root)."""
    if os.geteuid() != 0:
        return {}
    try:
        account = pwd.getpwnam("postgres")
    except KeyError:
        _unavailable("running as root and there is no `postgres` OS user for PostgreSQL to run as")
    return {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}


@pytest.fixture(scope="session")
def postgres_server():
    """A private PostgreSQL cluster for the session (a `Postgres`), with an empty database `dateline`."""
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        _unavailable("PostgreSQL binaries (initdb, pg_ctl) not found; apt-get install postgresql")
    runner = _runner()
    # Not under pytest's tmp_path: its parents are private to the user running pytest.
    root = Path(tempfile.mkdtemp(prefix="dateline-postgres-"))
    if runner:
        os.chown(root, runner["user"], runner["group"])
    data, log = root / "data", root / "server.log"
    started = time.perf_counter()

    def run(*args) -> None:
        subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True, cwd=root, **runner)

    try:
        run(bin_dir / "initdb", "-D", data, "-U", USER, "--auth=trust", "--encoding=UTF8", "--no-sync",
            "--no-instructions")
        port = _free_port()
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories='' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        run(bin_dir / "pg_ctl", "-D", data, "-l", log, "-o", options, "-w", "-t", "60", "start")
    except subprocess.CalledProcessError as error:
        detail = error.stderr + (log.read_text() if log.exists() else "")
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {' '.join(map(str, error.cmd))}\n{detail}")
    server = Postgres(bin_dir, port, 0.0)
    try:
        server.create_database(USER)
        yield Postgres(bin_dir, port, time.perf_counter() - started)
    finally:
        subprocess.run([bin_dir / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"],
                       capture_output=True, cwd=root, **runner)
        shutil.rmtree(root, ignore_errors=True)


def new_database_name() -> str:
    return f"test_{next(_databases)}"


@pytest.fixture
def postgres_dsn(postgres_server) -> str:
    """The DSN of a new, empty database of the session's cluster, for one test."""
    return postgres_server.create_database(new_database_name())
