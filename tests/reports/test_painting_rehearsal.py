"""The GUI thread rehearses painting before a worker paints: PySide makes the enum types
of a call's overloads on first use, which is unsafe beside another thread (a crash in
about one run in ten, the preview's thread and the window both painting)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Run in a fresh process: in this one, earlier tests have made every type already.
PROBE = r"""
import enum, json, sys, threading, traceback
from datetime import UTC, datetime
from pathlib import Path

made_off_main = []
original = enum.EnumType._create_

def spy(cls, class_name, *args, **kwargs):
    frames = traceback.extract_stack()
    importing = any("importlib" in frame.filename for frame in frames)
    if threading.current_thread() is not threading.main_thread() and not importing:
        made_off_main.append(class_name)  # made lazily, by a call: PySide's kind
    return original(cls, class_name, *args, **kwargs)

enum.EnumType._create_ = spy

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication

from funnelplanner.domain.models import LeadDraft, TaskDraft
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.reports.page_image import page_image
from funnelplanner.reports.painting_rehearsal import rehearse_painting
from funnelplanner.reports.paper import Paper, page_frame, page_layout
from funnelplanner.reports.plan_data import gather_plan
from funnelplanner.reports.plan_pdf import lay_out_plan
from funnelplanner.reports.print_fonts import load_print_fonts
from funnelplanner.services import Services

app = QApplication([])
load_print_fonts()
if sys.argv[2] == "rehearsed":
    rehearse_painting()
now = datetime(2026, 11, 15, 12, tzinfo=UTC)
services = Services.open(Path(sys.argv[1]), region="US", clock=lambda: now, zone=UTC,
                         start_backup=False)
month = services.planning.this_month()
services.leads.create(LeadDraft("Ada", company="Acme", next_follow_up=month.first_day))
services.tasks.create(TaskDraft("Write the newsletter", Hat.MARKETING, month.last_day))

def paint():
    layout = page_layout(Paper.A4)
    plan = gather_plan(services, month, page_frame(layout, 300))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(layout)
    document = lay_out_plan(writer, plan)
    for number in range(1, document.page_count + 1):
        page_image(document, number, layout, 0.5)

worker = threading.Thread(target=paint)
worker.start()
worker.join()
services.close()
print(json.dumps(made_off_main))
"""


def _made_off_main(tmp_path: Path, mode: str) -> list[str]:
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(root), env.get("PYTHONPATH"))))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / f"{mode}.sqlite"), mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    made: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return made


def test_a_worker_painting_the_plan_makes_no_types_once_rehearsed(tmp_path: Path) -> None:
    # Without the rehearsal the worker makes QGradient's enums, among others...
    assert "Preset" in _made_off_main(tmp_path, "bare")
    # ...and with it, none: the GUI thread made them all.
    assert _made_off_main(tmp_path, "rehearsed") == []
