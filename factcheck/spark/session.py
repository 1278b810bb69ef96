"""Starting Spark: the extra, Java and the master are checked first, so each missing piece is one error line."""

from __future__ import annotations

import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

LOG_CONFIG = Path(__file__).with_name("log4j2.properties")
INSTALL_HINT = "the Spark engine needs the spark extra: pip install 'factcheck[spark]' (and Java 17 or newer)"
DEFAULT_MASTER = "local[*]"
CONNECT_TIMEOUT = 5.0
JVM_LOG = Path(tempfile.gettempdir()) / "factcheck-spark.log"


class SparkUnavailable(RuntimeError):
    """Spark cannot be started here; the message says why in one line."""


def check_installed() -> None:
    """SparkUnavailable with the install hint unless the extra's packages import (call before importing the engine)."""
    try:
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError:
        raise SparkUnavailable(INSTALL_HINT) from None


def _check_java() -> None:
    home = os.environ.get("JAVA_HOME")
    if home and os.access(os.path.join(home, "bin", "java"), os.X_OK):
        return
    if shutil.which("java") is None:
        raise SparkUnavailable("Java not found: Spark needs Java 17 or newer (e.g. apt-get install openjdk-17-jre-headless)")


def _check_master(master: str) -> None:
    """A ``spark://host:port`` master must answer; ``local[...]``, ``yarn`` and ``k8s://`` are left to Spark."""
    if not master.startswith("spark://"):
        return
    for address in master.removeprefix("spark://").split(","):
        parts = urlsplit(f"spark://{address}")
        try:
            with socket.create_connection((parts.hostname or "", parts.port or 7077), timeout=CONNECT_TIMEOUT):
                return
        except (OSError, ValueError):
            continue
    raise SparkUnavailable(f"Spark master {master} is unreachable")


@contextmanager
def _jvm_output_to(path: Path) -> Iterator[None]:
    """Point file descriptor 2 at ``path`` while the JVM starts: it keeps that as its stderr (Spark's chatter)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with path.open("ab") as log:
        os.dup2(log.fileno(), 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def spark_session(master: str | None = None, *, app: str = "factcheck") -> SparkSession:
    """A Spark session on ``master`` (default ``local[*]``, or the one spark-submit set), Arrow enabled."""
    check_installed()
    _check_java()
    if master:
        _check_master(master)
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.appName(app)
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", os.environ.get("FACTCHECK_SPARK_DRIVER_MEMORY", "2g"))
        .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={LOG_CONFIG.as_uri()}")
    )
    if master:
        builder = builder.master(master)
    elif not os.environ.get("SPARK_ENV_LOADED"):  # spark-submit sets both the master and this
        builder = builder.master(DEFAULT_MASTER)
    try:
        with _jvm_output_to(JVM_LOG):
            session = builder.getOrCreate()
    except Exception as exc:  # the JVM did not start: wrong Java, no memory
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SparkUnavailable(f"Spark did not start: {first} (see {JVM_LOG})") from None
    session.sparkContext.setLogLevel("ERROR")
    if not session.sparkContext.getConf().contains("spark.sql.shuffle.partitions"):  # else Spark's 200 for any size
        session.conf.set("spark.sql.shuffle.partitions", str(2 * session.sparkContext.defaultParallelism))
    return session
