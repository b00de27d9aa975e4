"""The measured operations, each beside the baseline it is compared with.

Every function returns ``Result`` rows; ``measure_all`` runs them all on one database.
A Qt application (offscreen) must exist for the filter and PDF benchmarks.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC
from pathlib import Path

from benchmarks.generate import BENCH_MONTH, HEAVY_LEAD_ID, NOW
from benchmarks.measure import OPERATIONS, Result, Target, median_time
from funnelplanner.domain.models import ContactDraft
from funnelplanner.domain.validation import forget_checked_values
from funnelplanner.domain.vocabulary import Channel, Hat
from funnelplanner.services import Services

ROOT = Path(__file__).resolve().parent.parent
# Typed one key at a time into the leads filter: broad at first, narrow at the end.
FILTER_WORD = "mart"
LOG_LEAD_ID = 2
LEAD_COLUMNS = (
    "id, name, company, stage, contact_count, last_contact_at, next_follow_up, value_cents"
)
# How long a keystroke may wait for its repaint before the run is called broken.
PAINT_TIMEOUT_S = 10.0

START = "start to first paint"
FILTER = "filter, per keystroke"
OPEN_LEAD = "open lead (1,000 contacts)"
LOG_CONTACT = "log contact + count"
PLAN_PDF = "plan PDF (2,000 follow-ups)"
IMPORT = "import CSV"
RSS = "peak RSS, leads open"
PREVIEW = "print preview, first page"
PREVIEW_STALL = "print preview, window stalled"


def measure_all(
    size: int, database: Path, work: Path, runs: int, only: frozenset[str] = frozenset()
) -> list[Result]:
    """Run every benchmark (or those named in ``only``) on a copy of ``database`` in ``work``.

    ``only`` takes the short names of OPERATIONS: start, filter, open, log, pdf, preview,
    import.
    """
    wanted = only or frozenset(OPERATIONS)
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "bench.sqlite"
    shutil.copyfile(database, copy)
    results = start_and_memory(size, copy, work, runs) if "start" in wanted else []
    services = Services.open(copy, region="US", clock=lambda: NOW, zone=UTC, start_backup=False)
    try:
        if "filter" in wanted:
            results.append(filter_as_you_type(size, services, copy, runs))
        if "open" in wanted:
            results.append(open_lead(size, services, copy, runs))
        if "log" in wanted:
            results.append(log_contact(size, services, copy, runs))
        if "pdf" in wanted:
            results.append(plan_pdf(size, services, work, runs))
    finally:
        services.close()
    if "preview" in wanted:
        results.extend(print_preview(size, copy, work, runs))
    if "import" in wanted:
        results.append(import_csv(size, work, runs))
    order = (START, FILTER, OPEN_LEAD, LOG_CONTACT, PLAN_PDF, PREVIEW, PREVIEW_STALL, IMPORT, RSS)
    return sorted(results, key=lambda r: order.index(r.operation))


# ---- (1) cold start and (7) memory, each in a fresh process


def start_and_memory(size: int, database: Path, work: Path, runs: int) -> list[Result]:
    # One start of each, not counted: it writes the bytecode caches (as any first start of
    # an installed program does) and brings the files into the page cache for both alike.
    _start_process("app", database, work)
    _start_process("empty", database, work)
    # Taken in turns, so a burst of other work on the machine slows both alike.
    pairs = [
        (_start_process("app", database, work), _start_process("empty", database, work))
        for _ in range(runs)
    ]
    app = [a for a, _ in pairs]
    empty = [e for _, e in pairs]
    return [
        Result(
            START,
            size,
            statistics.median(s for s, _ in app),
            statistics.median(s for s, _ in empty),
            "s",
            Target(4.0, relative=True, at_size=100_000, growth=2.0),
        ),
        Result(
            RSS,
            size,
            statistics.median(m for _, m in app),
            statistics.median(m for _, m in empty),
            "MB",
            Target(250.0, relative=False),
        ),
    ]


def _start_process(mode: str, database: Path, work: Path) -> tuple[float, float]:
    """Seconds from process start to first paint, and peak RSS in MB, of one fresh start."""
    report = _run_app("start_runner", [mode, str(database)], work, started=True)
    return float(report["seconds"]), float(report["rss_mb"])


def _run_app(runner: str, args: list[str], work: Path, started: bool = False) -> dict[str, float]:
    """Run ``benchmarks.<runner>`` in a fresh process, as the installed program runs, and
    return the JSON it prints last. ``started``: tell it when the process was started."""
    env = dict(os.environ)
    # Timed as installed: a program runs from compiled bytecode, not from source compiled
    # anew at every start (which is what this variable, set on some machines, would mean).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        FUNNELPLANNER_CONFIG_DIR=str(work / "config"),
        FUNNELPLANNER_DATA_DIR=str(work / "data"),
        FUNNELPLANNER_REGION="US",
        PYTHONPATH=os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH")))),
    )
    if started:
        env["BENCH_T0"] = repr(time.perf_counter())
    done = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{runner}", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{runner} {args[0]} failed:\n{done.stdout}\n{done.stderr}")
    report: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


# ---- (2) filter as you type


def filter_as_you_type(size: int, services: Services, database: Path, runs: int) -> Result:
    """Keystroke to repainted table, per keystroke, against the same LIKE in bare sqlite3."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from funnelplanner.ui.change_hub import ChangeHub
    from funnelplanner.ui.leads_panel import LeadsPanel

    class Painted(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    app = QApplication.instance()
    assert app is not None
    panel = LeadsPanel(services, ChangeHub())
    painted = Painted()
    panel.table.viewport().installEventFilter(painted)
    panel.resize(1100, 800)
    panel.show()

    def settle() -> None:
        deadline = time.perf_counter() + PAINT_TIMEOUT_S
        while not painted.seen:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError("the leads table did not repaint")

    settle()
    samples: list[float] = []
    try:
        for run in range(runs + 1):
            if panel.filter_edit.text():
                painted.seen = False
                panel.filter_edit.clear()
                settle()
            for key in FILTER_WORD:
                painted.seen = False
                started = time.perf_counter()
                QTest.keyClick(panel.filter_edit, key, Qt.KeyboardModifier.NoModifier)
                settle()
                if run:  # the first word warms the caches, as in median_time
                    samples.append(time.perf_counter() - started)
    finally:
        panel.model.stop_counting()  # a count still running would outlive the services
        panel.close()
        panel.deleteLater()
    return Result(
        FILTER,
        size,
        statistics.median(samples),
        _bare_filter(database, runs),
        "s",
        Target(1.5, relative=True, at_size=100_000, growth=2.0),
    )


def _bare_filter(database: Path, runs: int) -> float:
    """What the table asks per keystroke (a count and the first page), as plain SQL."""
    connection = sqlite3.connect(database)
    samples: list[float] = []
    try:
        for run in range(runs + 1):
            for end in range(1, len(FILTER_WORD) + 1):
                pattern = f"%{FILTER_WORD[:end]}%"
                started = time.perf_counter()
                connection.execute(
                    "SELECT count(*) FROM leads WHERE search_key LIKE ? ESCAPE '\\'", (pattern,)
                ).fetchone()
                connection.execute(
                    f"SELECT {LEAD_COLUMNS} FROM leads WHERE search_key LIKE ? ESCAPE '\\' "
                    "ORDER BY name_key, id LIMIT 200",
                    (pattern,),
                ).fetchall()
                if run:
                    samples.append(time.perf_counter() - started)
    finally:
        connection.close()
    return statistics.median(samples)


# ---- (3) opening a lead and (4) logging a contact


def open_lead(size: int, services: Services, database: Path, runs: int) -> Result:
    product = median_time(lambda: services.leads.detail(HEAVY_LEAD_ID), runs)
    connection = sqlite3.connect(database)
    try:
        bare = median_time(
            lambda: connection.execute(
                "SELECT * FROM contacts WHERE lead_id = ? ORDER BY at, id", (HEAVY_LEAD_ID,)
            ).fetchall(),
            runs,
        )
    finally:
        connection.close()
    return Result(OPEN_LEAD, size, product, bare, "s", Target(0.100, relative=False))


def log_contact(size: int, services: Services, database: Path, runs: int) -> Result:
    draft = ContactDraft(hat=Hat.SALES, channel=Channel.PHONE, outcome="Benchmark call")

    def product() -> None:
        services.contacts.log(LOG_LEAD_ID, draft)
        services.leads.get(LOG_LEAD_ID)

    measured = median_time(product, runs)
    # The same durability as the app: WAL and a full sync at each commit.
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    at = NOW.replace(tzinfo=None).isoformat(sep=" ")

    def bare() -> None:
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO contacts (lead_id, at, hat, channel, direction, outcome, note) "
            "VALUES (?, ?, 'sales', 'phone', 'outbound', 'Benchmark call', '')",
            (LOG_LEAD_ID, at),
        )
        connection.execute(
            "UPDATE leads SET contact_count = contact_count + 1, last_contact_at = ? WHERE id = ?",
            (at, LOG_LEAD_ID),
        )
        connection.execute("COMMIT")
        connection.execute("SELECT contact_count FROM leads WHERE id = ?", (LOG_LEAD_ID,))

    try:
        baseline = median_time(bare, runs)
    finally:
        connection.close()
    return Result(LOG_CONTACT, size, measured, baseline, "s", Target(0.050, relative=False))


# ---- (5) the monthly plan as PDF


def plan_pdf(size: int, services: Services, work: Path, runs: int) -> Result:
    from funnelplanner.reports.paper import PDF_DPI, Paper, page_frame, page_layout
    from funnelplanner.reports.plan_data import gather_plan
    from funnelplanner.reports.plan_pdf import write_plan_pdf

    target = work / "plan.pdf"
    lines: list[str] = []
    layout = page_layout(Paper.A4)

    def product() -> None:
        # As the window's Export PDF… and the command line make it.
        data = gather_plan(services, BENCH_MONTH, page_frame(layout, PDF_DPI))
        write_plan_pdf(data, target, layout)
        if not lines:
            lines.extend(
                f"{lead.name} · {lead.company} · {lead.next_follow_up}" for lead in data.follow_ups
            )
            lines.extend(t.title for t in (*data.marketing_tasks, *data.sales_tasks))
            lines.extend(lead.name for lead in data.sqls_waiting)

    measured = median_time(product, runs)
    baseline = median_time(lambda: _bare_pdf(lines, work / "bare.pdf"), runs)
    return Result(PLAN_PDF, size, measured, baseline, "s", Target(1.5, relative=False))


def _bare_pdf(lines: list[str], path: Path) -> None:
    """The same number of text lines drawn with plain QPainter.drawText, page after page."""
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 10))
    step = painter.fontMetrics().height()
    bottom = writer.height() - step
    y = step
    for line in lines:
        if y > bottom:
            writer.newPage()
            y = step
        painter.drawText(0, y, line)
        y += step
    painter.end()


# ---- (5b) the print preview, and the window meanwhile


def print_preview(size: int, database: Path, work: Path, runs: int) -> list[Result]:
    """Open the app, choose the plan month, open the print preview: seconds to its first
    page against an empty dialog's first paint, and the longest the window's event loop
    stood still meanwhile against the longest it stands still idle (each a fresh process).

    The issue: "the GUI never freezes: anything that can take longer than ~100 ms runs
    off the GUI thread".
    """
    _run_app("preview_runner", [str(database)], work)  # bytecode and page cache, as for start
    reports = [_run_app("preview_runner", [str(database)], work) for _ in range(runs)]
    return [
        Result(
            PREVIEW,
            size,
            statistics.median(r["seconds"] for r in reports),
            statistics.median(r["bare"] for r in reports),
            "s",
            Target(1.5, relative=False),
        ),
        Result(
            PREVIEW_STALL,
            size,
            statistics.median(r["pause"] for r in reports),
            statistics.median(r["idle"] for r in reports),
            "s",
            Target(0.100, relative=False),
        ),
    ]


# ---- (6) importing a CSV


def import_csv(size: int, work: Path, runs: int) -> Result:
    """Read, preview and apply a ``size``-row CSV into an empty, open file, against
    csv.reader and one executemany into an empty scratch table (each run on a fresh file).

    Opening the file is not timed: an owner imports into the file the window has open.
    (Until 2026-12-07 each run timed the new file's seven migrations too, 0.1 s.)
    """
    source = work / f"import-{size}.csv"
    _write_csv(source, size)
    counter = iter(range(1_000_000))

    def product() -> float:
        # Every run reads the same file: without this, the runs after the first find its
        # phone numbers already read, which no owner's import of a new file does (and the
        # checking workers of a long file, fresh processes, never do).
        forget_checked_values()
        path = work / f"import-{next(counter)}.sqlite"
        services = Services.open(path, region="US", clock=lambda: NOW, zone=UTC, start_backup=False)
        try:
            started = time.perf_counter()
            table = services.importing.read(source)
            preview = services.importing.preview(table, services.importing.mapping_for(table))
            services.importing.apply(preview)
            return time.perf_counter() - started
        finally:
            services.close()

    def bare() -> float:
        path = work / f"scratch-{next(counter)}.sqlite"
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("CREATE TABLE scratch (name, company, email, phone, source)")
            started = time.perf_counter()
            with source.open(newline="", encoding="utf-8") as handle:
                reader = csv.reader(handle)
                next(reader)
                connection.execute("BEGIN")
                connection.executemany("INSERT INTO scratch VALUES (?, ?, ?, ?, ?)", reader)
                connection.execute("COMMIT")
            return time.perf_counter() - started
        finally:
            connection.close()

    measured = statistics.median(product() for _ in range(runs))
    baseline = statistics.median(bare() for _ in range(runs))
    limit = 10.0 * size / 100_000
    return Result(IMPORT, size, measured, baseline, "s", Target(limit, relative=False))


def _write_csv(path: Path, size: int) -> None:
    """An export from another CRM: the generator's kind of people, new to this file."""
    import random

    from benchmarks.generate import COMPANY_KINDS, COMPANY_WORDS, DOMAINS, FIRST, LAST, SOURCES

    rng = random.Random(size + 1)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Company", "Email", "Phone", "Source"])
        for number in range(size):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            local = f"{first}.{last}.{number}".lower().encode("ascii", "ignore").decode()
            writer.writerow(
                [
                    f"{first} {last}",
                    f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_KINDS)}",
                    f"{local.replace(chr(39), '')}@{rng.choice(DOMAINS)}",
                    f"+1 {rng.randint(201, 989)} 555 {number % 10_000:04d}",
                    rng.choice(SOURCES),
                ]
            )
