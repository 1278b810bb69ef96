"""The ``factcheck`` command line: data on stdout, progress and messages on stderr.

Exit codes: 0 ok, 1 some inputs were rejected or an operation failed, 2 usage error, 130 ingest
stopped by Ctrl-C (between two articles; what was stored stays).
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from contextlib import ExitStack
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from typer.core import TyperGroup
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from factcheck import __version__
from factcheck.db import DatabaseBusy, DatabaseError, database_label, make_engine, sqlite_file, storage_failure
from factcheck.ingest.normalize_text import escape_surrogates, strip_controls
from factcheck.statuses import LABELS as STATUS_NAMES
from factcheck.statuses import parse_status
from factcheck.wording import count


WORKFLOW = ("init", "ingest", "watch", "link", "review", "serve", "mark", "export", "stats", "reprocess", "eval")


if TYPE_CHECKING:
    from factcheck.ingest.fetch import FetchPolicy
    from factcheck.ingest_run import IngestCounts


class _Commands(TyperGroup):
    """The commands; when the database's storage fails (disk full, read-only or immutable file) a command
    stops with one error line naming the database, not a traceback."""

    opened = "the database"  # named by ``open_db`` for the running command

    def list_commands(self, ctx: typer.Context) -> list[str]:
        """The commands in the order of the work: set up, bring articles in, link, review, report; then the rest."""
        names = super().list_commands(ctx)
        return sorted(names, key=lambda name: WORKFLOW.index(name) if name in WORKFLOW else len(WORKFLOW))

    def invoke(self, ctx: typer.Context) -> object:
        _Commands.opened = "the database"
        try:
            return super().invoke(ctx)
        except SQLAlchemyError as exc:
            if (cause := storage_failure(exc)) is None:
                raise
            raise fail(f"{_Commands.opened}: {cause}; stopped, everything stored before is kept") from None


app = typer.Typer(
    cls=_Commands,
    help="factcheck: who said what, where it was reported, and who else reports it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: "[default: …]" is shown as written, not read as markup
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _text(value: str | None) -> str | None:
    """A text option as stored and printed: bytes that are not UTF-8 written as ``\\xff`` escapes."""
    return None if value is None else escape_surrogates(value)


class ComputeEngine(str, Enum):
    """Where ingest and link compute: in this process, or on Apache Spark (extra ``.[spark]``)."""

    default = "default"
    spark = "spark"


EngineOption = Annotated[
    ComputeEngine,
    typer.Option("--engine", help="default: this machine; spark: Apache Spark (pip install 'factcheck[spark]')."),
]
SparkMasterOption = Annotated[
    Optional[str],
    typer.Option("--spark-master", help="Spark master URL for --engine spark [default: local[*], or spark-submit's]."),
]

DbOption = Annotated[
    Optional[str],
    typer.Option(
        "--db",
        envvar="FACTCHECK_DB",
        metavar="DB",
        help="Database path or SQLAlchemy URL [default: db/factcheck.db in the project folder, "
        "else factcheck.db in the user's data folder]",
    ),
]
ContactOption = Annotated[
    Optional[str],
    typer.Option("--contact", envvar="FACTCHECK_CONTACT", help="E-mail or URL sent in the User-Agent when fetching from the web."),
]
DelayOption = Annotated[float, typer.Option("--delay", min=0, help="Seconds between two requests to one web host.")]
TimeoutOption = Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for a web server to connect or send data.")]
MaxPagesOption = Annotated[int, typer.Option("--max-pages", min=1, help="Most pages read from one feed or sitemap.")]
ReviewerOption = Annotated[
    str,
    typer.Option(
        envvar="FACTCHECK_REVIEWER",
        callback=_text,
        metavar="NAME",
        show_default=False,
        help="Who is reviewing, recorded on every action [default: the login name].",
    ),
]
PROGRESS_MIN_ITEMS = 20
AMBIGUOUS_SHOWN = 20  # claim ids listed after reprocess


def print_error(message: str) -> None:
    """Print ``message`` as one ``error:`` line on stderr, control characters removed."""
    err.print(f"error: {' '.join(strip_controls(message).split())}", markup=False)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error on stderr and return the exit to raise."""
    print_error(message)
    return typer.Exit(code)


def open_db(db: str | None, *, create: bool = False) -> Engine:
    """Open the database or exit with a one-line error; only with ``create`` is a missing database made."""
    try:
        engine = make_engine(db, create=create)
    except DatabaseError as exc:
        raise fail(str(exc)) from None
    _Commands.opened = engine.url.render_as_string(hide_password=True).removeprefix("sqlite:///")
    return engine


class _StderrHandler(logging.Handler):
    """Log records (e.g. "database busy, retrying…") as plain lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        err.print(strip_controls(record.getMessage()), markup=False)


def _log_to_stderr() -> None:
    logger = logging.getLogger("factcheck")
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        logger.addHandler(_StderrHandler(logging.INFO))
        logger.setLevel(logging.INFO)
        logger.propagate = False


def writes(command: Callable[..., None]) -> Callable[..., None]:
    """A command that writes: giving up on a database locked elsewhere is a one-line error (exit 1)."""

    @functools.wraps(command)
    def run(*args: object, **kwargs: object) -> None:
        try:
            command(*args, **kwargs)
        except DatabaseBusy as exc:
            raise fail(f"{database_label(kwargs.get('db'))}: {exc}") from None  # type: ignore[arg-type]

    return run


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """factcheck: who said what, where it was reported, and who else reports it."""
    _log_to_stderr()


def _progress(total: int, *, always: bool = False) -> Progress:
    """A progress bar on stderr, shown on a terminal for ``total`` ≥ 20 items (or ``always``)."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=not err.is_terminal or (total < PROGRESS_MIN_ITEMS and not always),
        transient=True,
    )


def print_note(source: str, message: str) -> None:
    """Print ``source: message`` as one line on stderr, control characters removed."""
    err.print(" ".join(strip_controls(f"{source}: {message}").split()), markup=False)


def _fetch_policy(contact: str | None, delay: float, timeout: float, max_bytes: int) -> FetchPolicy:
    from factcheck.ingest.fetch import FetchPolicy

    return FetchPolicy(contact=contact, delay=delay, connect_timeout=timeout, read_timeout=timeout, max_bytes=max_bytes)


@app.command()
def init(db: DbOption = None) -> None:
    """Create the database (the first ingest does too) and say where it is."""
    from factcheck.db import NoDatabase, database_url, schema_version

    try:
        database_url(db, create=False)
        existed = True
    except NoDatabase:
        existed = False
    except DatabaseError as exc:
        raise fail(str(exc)) from None
    engine = open_db(db, create=True)
    label = database_label(db)
    err.print(f"{label}: {'exists' if existed else 'created'} (schema version {schema_version(engine)})", markup=False)


@app.command()
@writes
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive), '-' for stdin, or http(s) URLs of pages, feeds and sitemaps.")],
    db: DbOption = None,
    outlet: Annotated[
        Optional[str], typer.Option(callback=_text, help="Outlet name for every article (overrides detection).")
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="auto, or a language code (id, en).")] = "auto",
    max_size: Annotated[float, typer.Option(help="Largest accepted file or web page (for JSONL: record), in MB.")] = 10.0,
    contact: ContactOption = None,
    delay: DelayOption = 1.0,
    timeout: TimeoutOption = 20.0,
    max_pages: MaxPagesOption = 1000,
    engine_name: EngineOption = ComputeEngine.default,
    spark_master: SparkMasterOption = None,
) -> None:
    """Ingest articles (.txt .md .html .htm .jsonl, web pages, RSS/Atom feeds, sitemaps); each article is one transaction."""
    from factcheck.ingest.fetch import Fetcher
    from factcheck.ingest.read import InputError
    from factcheck.ingest.web import WebReader
    from factcheck.ingest_run import WebItem, expand_inputs, ingest_items
    from factcheck.web_cli import HostProgress, StopFlag
    from factcheck.web_state import WebState
    from factcheck.extract.lang import codes

    if lang not in ("auto", *codes()):
        raise fail(f"--lang must be auto or one of {', '.join(codes())}, not {lang!r}", 2)
    engine = open_db(db, create=True)
    items = [] if engine_name == "spark" else list(expand_inputs(paths))  # Spark lists the inputs itself
    max_bytes = int(max_size * 1024 * 1024)

    def report(error: InputError) -> None:
        print_error(str(error))

    feeds = any(isinstance(item, Path) and item.suffix.lower() == ".jsonl" or item == "-" for item in items)
    with ExitStack() as stack:
        stop = stack.enter_context(StopFlag().on_interrupt())
        web, hosts = None, None
        if any(isinstance(item, WebItem) for item in items):
            fetcher = stack.enter_context(Fetcher(_fetch_policy(contact, delay, timeout, max_bytes)))
            web = WebReader(fetcher, WebState(engine), max_pages=max_pages)
            hosts = stack.enter_context(HostProgress(err, fetcher))
        progress = stack.enter_context(_progress(0 if hosts else len(items), always=feeds and hosts is None))
        task = progress.add_task("ingesting", total=len(items))

        def advance(done: int, counts: IngestCounts) -> None:
            progress.update(task, completed=done, description=f"ingesting: {counts.added + counts.duplicate:,} articles")

        if engine_name == "spark":
            counts = _ingest_on_spark(engine, paths, spark_master, outlet, lang, max_bytes, report)
        else:
            counts = ingest_items(
                engine,
                items,
                outlet=outlet,
                language=lang,
                max_bytes=max_bytes,
                web=web,
                on_error=report,
                on_progress=advance if hosts is None else lambda done, counts: None,
                on_article=hosts.article if hosts else lambda source, status: None,
                on_notice=print_note,
                should_stop=stop,
            )
    for line in hosts.summary() if hosts else ():
        err.print(line, markup=False)
    unchanged = f", {counts.unchanged} unchanged" if web else ""
    updated = f" ({count(counts.updated, 'updated version')})" if counts.updated else ""
    err.print(
        f"{count(counts.added, 'article')} added{updated} ({count(counts.claims, 'claim')}), "
        f"{counts.duplicate:,} skipped as duplicates{unchanged}, {counts.rejected:,} rejected"
        + (" — stopped" if counts.stopped else ""),
        markup=False,
    )
    if counts.stopped:
        raise typer.Exit(130)  # interrupted (Ctrl-C): what was read so far is stored
    if counts.rejected:
        raise typer.Exit(1)


def _ingest_on_spark(
    engine: Engine, paths: list[str], master: str | None, outlet: str | None, language: str, max_bytes: int,
    report: Callable[..., None],
) -> IngestCounts:
    """``ingest --engine spark``: the counts, or one error line when Spark cannot start."""
    from factcheck.spark.session import SparkUnavailable, check_installed

    try:
        check_installed()
        from factcheck.spark.ingest import ingest_spark

        return ingest_spark(engine, paths, master=master, outlet=outlet, language=language, max_bytes=max_bytes,
                            on_error=report)
    except SparkUnavailable as exc:
        raise fail(str(exc)) from None


@app.command()
@writes
def watch(
    urls: Annotated[list[str], typer.Argument(help="http(s) URLs of feeds, sitemaps or pages.")],
    every: Annotated[str, typer.Option("--every", help="Time between rounds: 15m, 1h, 30s.")] = "15m",
    rounds: Annotated[Optional[int], typer.Option("--rounds", min=1, help="Stop after this many rounds [default: until Ctrl-C].")] = None,
    db: DbOption = None,
    contact: ContactOption = None,
    delay: DelayOption = 1.0,
    timeout: TimeoutOption = 20.0,
    max_pages: MaxPagesOption = 1000,
    max_size: Annotated[float, typer.Option(help="Largest accepted web page, in MB.")] = 10.0,
) -> None:
    """Poll feeds and sitemaps, ingest what is new and link it; one line per round; Ctrl-C stops between articles."""
    from factcheck.ingest.fetch import Fetcher
    from factcheck.ingest.read import InputError
    from factcheck.ingest.urls import is_web_url
    from factcheck.ingest.web import WebReader
    from factcheck.ingest_run import WebItem, ingest_items
    from factcheck.link.linker import link_claims
    from factcheck.web_cli import StopFlag, parse_duration
    from factcheck.web_state import WebState

    try:
        seconds = parse_duration(every)
    except ValueError as exc:
        raise fail(f"--every: {exc}", 2) from None
    for url in urls:
        if not is_web_url(url):
            raise fail(f"{url}: not an http(s) URL", 2)
    engine = open_db(db, create=True)  # watching starts a database as ingesting does
    policy = _fetch_policy(contact, delay, timeout, int(max_size * 1024 * 1024))
    done = 0
    with StopFlag().on_interrupt() as stop, Fetcher(policy) as fetcher:
        while not stop():
            done += 1

            def report(error: InputError) -> None:
                print_error(str(error))

            counts = ingest_items(
                engine, [WebItem(url) for url in urls], web=WebReader(fetcher, WebState(engine), max_pages=max_pages),
                on_error=report, on_notice=print_note, should_stop=stop,
            )
            links = link_claims(engine).links_written if counts.added and not stop() else 0
            err.print(
                f"{datetime.now():%Y-%m-%d %H:%M:%S} round {done}: {counts.added} added "
                f"({counts.updated} updated, {counts.claims} claims), {counts.duplicate + counts.unchanged} unchanged, "
                f"{counts.rejected} failed, {links} links",
                markup=False,
            )
            if (rounds is not None and done >= rounds) or stop.wait(seconds):
                break
    if stop():
        err.print(f"stopped after {done} rounds", markup=False)


@app.command()
@writes
def reprocess(db: DbOption = None) -> None:
    """Re-extract every article's claims from its stored text; verdicts and notes carry over."""
    from factcheck.store import reprocess_all

    engine = open_db(db)
    with _progress(0, always=True) as progress:
        task = progress.add_task("reprocessing", total=None)
        done = reprocess_all(engine, lambda done, total: progress.update(task, completed=done, total=total))
    err.print(f"{count(done.articles, 'article')} reprocessed, {count(done.claims, 'claim')}; run `factcheck link` to link them", markup=False)
    if done.ambiguous:
        shown = ", ".join(map(str, done.ambiguous[:AMBIGUOUS_SHOWN])) + (", …" if len(done.ambiguous) > AMBIGUOUS_SHOWN else "")
        err.print(
            f"{count(len(done.ambiguous), 'claim')} left unreviewed: an earlier verdict on an identical assertion in the same "
            f"article cannot be matched to one of them (review them again): {shown}",
            markup=False,
        )


@app.command()
def stats(db: DbOption = None) -> None:
    """Counts per table and per outlet."""
    from factcheck.stats import database_stats, format_stats

    typer.echo(format_stats(database_stats(open_db(db))))


@app.command()
@writes
def mark(
    ids: Annotated[list[int], typer.Argument(metavar="ID...", help="Claim ids.")],
    status: Annotated[
        Optional[str], typer.Option(metavar="STATUS", help=f"One of: {', '.join(STATUS_NAMES)}.")
    ] = None,
    note: Annotated[
        Optional[str], typer.Option(callback=_text, metavar="TEXT", help="Reviewer note (replaces the current note).")
    ] = None,
    reviewer: ReviewerOption = "",
    db: DbOption = None,
) -> None:
    """Set the verdict and/or note of claims, as the review UI does."""
    from factcheck.review.actions import ReviewError, apply_review, login_name

    if status is None and note is None:
        raise fail("give --status and/or --note", 2)
    status = None if status is None else _status(status)
    engine = open_db(db)
    failed = False
    for claim_id in ids:
        try:
            kwargs = {} if note is None else {"note": note}
            change = apply_review(engine, claim_id, status=status, reviewer=reviewer or login_name(), **kwargs)
            typer.echo(f"{change.claim_id}\t{change.status}")
        except ReviewError as exc:
            failed = True
            print_error(str(exc))
    if failed:
        raise typer.Exit(1)


def _status(value: str) -> str:
    """A ``--status`` value as stored ("check-worthy" → "checkworthy"), or a usage error."""
    if (status := parse_status(value)) is None:
        raise fail(f"--status must be one of {', '.join(STATUS_NAMES)}, not {value!r}", 2)
    return status


def _parse_since(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"--since must be a date like 2024-01-31, not {value!r}", 2) from None


@app.command()
@writes
def link(
    db: DbOption = None,
    threshold: Annotated[
        Optional[float], typer.Option(min=0, max=100, metavar="0-100", help="Minimum similarity (0-100) [default: measured, see benchmarks/README.md].")
    ] = None,
    scorer: Annotated[Optional[str], typer.Option(metavar="NAME", help="rapidfuzz scorer name.")] = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Re-link every claim, not only new ones.")] = False,
    engine_name: EngineOption = ComputeEngine.default,
    spark_master: SparkMasterOption = None,
) -> None:
    """Link claims across articles that make the same assertion; count independent sources."""
    from factcheck.link.linker import link_claims

    engine = open_db(db)
    if engine_name == "spark":
        from factcheck.spark.session import SparkUnavailable, check_installed

        try:
            check_installed()
            from factcheck.spark.link import link_claims_spark

            result = link_claims_spark(engine, master=spark_master, threshold=threshold, scorer=scorer)
        except SparkUnavailable as exc:
            raise fail(str(exc)) from None
        except ValueError as exc:
            raise fail(str(exc), 2) from None
    else:
        with _progress(PROGRESS_MIN_ITEMS) as progress:
            task = progress.add_task("linking", total=None)

            def _report(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)

            try:
                result = link_claims(engine, threshold=threshold, scorer=scorer, rebuild=rebuild, progress=_report)
            except ValueError as exc:
                raise fail(str(exc), 2) from None
    err.print(
        f"{count(result.new_claims, 'new claim')} linked against {result.claims_considered:,}: "
        f"{count(result.links_written, 'link')}, {count(result.groups, 'group')}"
        f"{f' (largest {result.largest_group:,} claims)' if result.groups else ''} in {result.seconds:.1f} s",
        markup=False,
    )


@app.command()
def export(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="md, html, csv, json, jsonl or claimreview.")] = "md",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="File to write (atomically); default stdout.")] = None,
    status: Annotated[
        Optional[list[str]], typer.Option(metavar="STATUS", help="Only claims with this status (repeatable).")
    ] = None,
    outlet: Annotated[
        Optional[str],
        typer.Option(callback=_text, metavar="NAME", help="Only claims reported by an outlet whose name contains this."),
    ] = None,
    speaker: Annotated[
        Optional[str], typer.Option(callback=_text, metavar="NAME", help="Only claims whose speaker name contains this.")
    ] = None,
    assignee: Annotated[
        Optional[str], typer.Option(callback=_text, metavar="NAME", help="Only claims assigned to this reviewer.")
    ] = None,
    since: Annotated[Optional[str], typer.Option(metavar="YYYY-MM-DD", help="Only articles published on or after this date (YYYY-MM-DD).")] = None,
    publisher: Annotated[
        Optional[str], typer.Option(callback=_text, metavar="NAME", help="Name of the fact-checking organisation (ClaimReview author).")
    ] = None,
) -> None:
    """Export claims: the citations report (md, html) or data (csv, json, jsonl, claimreview)."""
    from factcheck.export import FORMATS, render, write_output
    from factcheck.export.output import check_output
    from factcheck.queries import ClaimFilter

    if format not in FORMATS:
        raise fail(f"--format must be one of {', '.join(FORMATS)}, not {format!r}", 2)
    statuses = tuple(_status(value) for value in status or ())
    flt = ClaimFilter(
        statuses=statuses, outlet=outlet, speaker=speaker, since=_parse_since(since), assignee=assignee
    )
    engine = open_db(db)
    database = sqlite_file(engine)
    try:
        if output is not None:
            check_output(output, database)
        write_output(render(engine, format, flt, publisher=publisher), output, database=database)
    except OSError as exc:
        raise fail(f"{output}: cannot write: {exc.strerror or exc}") from None
    if output is not None:
        err.print(f"wrote {output}", markup=False)


@app.command()
def review(
    db: DbOption = None,
    reviewer: ReviewerOption = "",
) -> None:
    """Triage claims in the terminal (keys: ? for help)."""
    engine = open_db(db)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise fail("factcheck review needs a terminal; use `factcheck export` (or `factcheck stats`) instead")
    from factcheck.review.actions import login_name
    from factcheck.review.app import ReviewApp

    ReviewApp(engine, reviewer=reviewer or login_name()).run()


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(metavar="HOST", help="Address to listen on; another than the loopback address exposes the review.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, metavar="PORT", help="Port to listen on.")] = 8000,
    token: Annotated[
        Optional[str],
        typer.Option(
            envvar="FACTCHECK_TOKEN", metavar="TOKEN", show_default=False,
            help="Secret that the page's address must carry (?token=…) [default: none].",
        ),
    ] = None,
) -> None:
    """Serve the review UI to browsers: one app per browser session, all on one database."""
    import os

    from factcheck.db import chosen_database
    from factcheck.serve import ReviewServer, is_loopback

    open_db(db).dispose()  # a missing or unusable database is an error now, not in every browser session
    chosen = chosen_database(db)
    os.environ["FACTCHECK_DB"] = chosen if "://" in chosen else str(Path(chosen).expanduser().resolve())  # each session's
    if not is_loopback(host) and not token:
        err.print(
            f"warning: serving on {host} without --token: anyone who can reach port {port} can review "
            "under any name; give --token (or FACTCHECK_TOKEN) to require it in the address",
            markup=False,
        )
    ReviewServer(host, port, token).serve()


_REPO_DIR = Path(__file__).resolve().parents[1]


@app.command("eval")
def evaluate(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss and false positive.")] = False,
    corpora: Annotated[Optional[Path], typer.Option(
        help="Folder of the shared corpora [default: $FACTCHECK_CORPORA, else ../shared/corpora].")] = None,
    gold: Annotated[Optional[Path], typer.Option(
        help="Folder of the gold files (gold_id.jsonl, the blind batches) [default: tests/data].")] = None,
    seeds: Annotated[Optional[Path], typer.Option(help="Folder of the seed articles [default: seeds].")] = None,
    links: Annotated[bool, typer.Option("--links", help="Measure claim relations (same / variant) on labelled claim pairs instead.")] = False,
    pairs: Annotated[Optional[list[Path]], typer.Option(help="Labelled pair files for --links [default: tests/data/link_pairs*.jsonl].")] = None,
) -> None:
    """Measure claim extraction on every labelled corpus (precision, recall, speaker accuracy)."""
    if links:
        from factcheck.evaluation.links import DEFAULT_PAIR_FILES, evaluate_links, format_link_report

        files = pairs or [p for p in DEFAULT_PAIR_FILES if p.exists()]
        missing = [p for p in files if not p.exists()]
        if missing or not files:
            raise fail(f"{missing[0] if missing else 'tests/data/link_pairs.jsonl'}: no such file of labelled pairs")
        typer.echo(format_link_report(evaluate_links(files), verbose=verbose))
        return
    import os

    from factcheck.evaluation.report import EvalPaths, format_report, run_evaluation

    default_corpora = os.environ.get("FACTCHECK_CORPORA") or _REPO_DIR.parent / "shared" / "corpora"
    paths = EvalPaths(gold_dir=gold or _REPO_DIR / "tests" / "data", seeds_dir=seeds or _REPO_DIR / "seeds",
                      corpora_dir=corpora or Path(default_corpora))
    typer.echo(format_report(run_evaluation(paths, verbose=verbose), verbose=verbose))
