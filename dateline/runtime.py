"""Process environment for everything Dateline launches: offline, quiet, self-contained.

Prefect reads its settings from the environment when it is first imported, so the CLI
calls `prepare_environment` before importing any flow.
"""

import os
from datetime import datetime, timezone
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
}


def prepare_environment(data_dir: Path) -> None:
    """Turn telemetry off and keep Prefect's state under the data folder unless the user chose."""
    os.environ.update(OFFLINE_ENV)
    for name, value in DEFAULTS_ENV.items():
        os.environ.setdefault(name, value)
    if "PREFECT_HOME" not in os.environ:
        home = data_dir.resolve() / ".prefect"
        home.mkdir(parents=True, exist_ok=True)
        os.environ["PREFECT_HOME"] = str(home)


def utc_now() -> datetime:
    """Now, as the naive UTC timestamp every table stores."""
    return datetime.now(timezone.utc).replace(tzinfo=None)
