"""No words reach the screen without passing through Qt's translation machinery.

Reads the source (no screen needed): a string literal, an f-string with words, or a table of
words handed to a Qt text API (setText, QLabel(...), QMessageBox.warning, a header...) must be
wrapped in tr()/translate() first, and the domain's English labels (``stage.label``) go
through ui/vocabulary_labels. Strings without letters ("", " · ") are not words.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "funnelplanner" / "ui"

# The modules swept so far; the rest of ui/ joins as it is swept.
SWEPT = (
    "agreement_dialog.py",
    "backups_dialog.py",
    "campaign_dialog.py",
    "campaigns_view.py",
    "change_hub.py",
    "chart_canvas.py",
    "contact_dialog.py",
    "data_file_page.py",
    "field_errors.py",
    "follow_up_notifier.py",
    "form_rows.py",
    "formatting.py",
    "help_about.py",
    "help_guide.py",
    "help_shortcuts.py",
    "import_dialog.py",
    "import_worker.py",
    "instance_lock.py",
    "lead_dialog.py",
    "leads_panel.py",
    "leads_table_model.py",
    "main_window.py",
    "month_plan_view.py",
    "naming.py",
    "page_view.py",
    "plan_pdf_worker.py",
    "plan_preview.py",
    "plan_preview_renderer.py",
    "plan_printing.py",
    "plan_progress.py",
    "settings_dialog.py",
    "settings_store.py",
    "task_dialog.py",
    "task_table_model.py",
    "tasks_panel.py",
    "theme.py",
    "today_view.py",
    "translations.py",
    "trash_dialog.py",
    "undo.py",
    "vocabulary_labels.py",
    "welcome_dialog.py",
)
# GUI code outside ui/: the start-up error box.
SWEPT_BEYOND_UI = ("app.py",)

TEXT_METHODS = {
    "addAction",
    "addItem",
    "addItems",
    "addMenu",
    "addRow",
    "addTab",
    "insertItem",
    "setAccessibleDescription",
    "setAccessibleName",
    "setDetailedText",
    "setHorizontalHeaderLabels",
    "setInformativeText",
    "setLabelText",
    "setPlaceholderText",
    "setPrefix",
    "setSpecialValueText",
    "setStatusTip",
    "setSuffix",
    "setTabText",
    "setTabToolTip",
    "setText",
    "setTitle",
    "setToolTip",
    "setVerticalHeaderLabels",
    "setWhatsThis",
    "setWindowTitle",
    "showMessage",
}
TEXT_CONSTRUCTORS = {
    "QAction",
    "QCheckBox",
    "QCommandLinkButton",
    "QGroupBox",
    "QLabel",
    "QListWidgetItem",
    "QMenu",
    "QPushButton",
    "QRadioButton",
    "QTableWidgetItem",
    "QToolButton",
    "QTreeWidgetItem",
}
MESSAGE_BOXES = {"about", "critical", "information", "question", "warning"}
TRANSLATORS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "label", "hat_title"}
TAG = re.compile(r"<[^>]*>|&[a-z]+;")


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in TAG.sub("", text))


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


class Checker:
    """Finds untranslated words handed to Qt text APIs in one module's source."""

    def __init__(self, source: str) -> None:
        self.tree = ast.parse(source)
        self.constants: dict[str, ast.expr] = {}
        for node in self.tree.body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        self.constants[target.id] = node.value

    def untranslated(self, node: ast.AST) -> bool:
        """True when ``node`` can put words on screen that no translator saw."""
        match node:
            case ast.Constant(value=str() as text):
                return _has_words(text)
            case ast.JoinedStr(values=values):
                return any(self.untranslated(v) for v in values)
            case ast.FormattedValue(value=value):
                return self.untranslated(value)
            case ast.BinOp(left=left, right=right):
                return self.untranslated(left) or self.untranslated(right)
            case ast.IfExp(body=body, orelse=orelse):
                return self.untranslated(body) or self.untranslated(orelse)
            case ast.List(elts=elts) | ast.Tuple(elts=elts) | ast.Set(elts=elts):
                return any(self.untranslated(e) for e in elts)
            case ast.Dict(values=values):
                return any(v is not None and self.untranslated(v) for v in values)
            case ast.Starred(value=value) | ast.Subscript(value=value):
                return self.untranslated(value)
            case ast.ListComp(elt=elt) | ast.GeneratorExp(elt=elt) | ast.SetComp(elt=elt):
                return self.untranslated(elt)
            case ast.Attribute(attr="label" | "plural"):
                # The domain's English words (Stage.LEAD.label): vocabulary_labels.label().
                return True
            case ast.Name(id=name) if name in self.constants:
                # A module-level table of words: QT_TRANSLATE_NOOP only marks them, the
                # place that shows them must still translate.
                return _holds_words(self.constants[name])
            case ast.Call(func=func, args=args):
                if _call_name(node) in TRANSLATORS:
                    return False
                if isinstance(func, ast.Attribute):
                    if func.attr in ("join",):
                        return self.untranslated(func.value) or any(
                            self.untranslated(a) for a in args
                        )
                    # "...".format(...), TABLE.get(...): the words are the receiver's.
                    return self.untranslated(func.value)
                return _call_name(node) in ("list", "tuple") and any(
                    self.untranslated(a) for a in args
                )
        return False

    def problems(self) -> list[str]:
        found: list[str] = []
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call):
                name = _call_name(node)
                func = node.func
                checked = (
                    (isinstance(func, ast.Attribute) and name in TEXT_METHODS)
                    or (name in TEXT_CONSTRUCTORS)
                    or (
                        isinstance(func, ast.Attribute)
                        and isinstance(func.value, ast.Name)
                        and func.value.id == "QMessageBox"
                        and name in MESSAGE_BOXES
                    )
                )
                arguments = [*node.args, *(k.value for k in node.keywords)]
                if isinstance(func, ast.Name) and name == "name":
                    # naming.name(widget, object_name, accessible): a screen reader says
                    # the accessible name; the object name is for automation only.
                    checked, arguments = True, arguments[2:]
                if checked and any(self.untranslated(a) for a in arguments):
                    found.append(f"line {node.lineno}: {ast.unparse(node)[:90]}")
            elif isinstance(node, ast.FunctionDef) and node.name == "headerData":
                for ret in ast.walk(node):
                    if (
                        isinstance(ret, ast.Return)
                        and ret.value is not None
                        and self.untranslated(ret.value)
                    ):
                        found.append(f"line {ret.lineno}: {ast.unparse(ret)[:90]}")
        return found


def _holds_words(node: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Constant) and isinstance(n.value, str) and _has_words(n.value)
        for n in ast.walk(node)
    )


@pytest.mark.parametrize("module", SWEPT)
def test_every_visible_string_goes_through_tr(module: str) -> None:
    assert Checker((UI / module).read_text(encoding="utf-8")).problems() == []


@pytest.mark.parametrize("module", SWEPT_BEYOND_UI)
def test_the_gui_start_goes_through_tr_too(module: str) -> None:
    assert Checker((UI.parent / module).read_text(encoding="utf-8")).problems() == []


@pytest.mark.parametrize(
    "line",
    [
        'label.setText("Saved")',
        'QLabel(f"{count} leads")',
        'QMessageBox.warning(self, "Not saved", str(exc))',
        'form.addRow("&Name", edit)',
        'self.setWindowTitle("New" if new else "Edit")',
        'table.setHorizontalHeaderLabels(["Lead", "Company"])',
        "table.setHorizontalHeaderLabels(COLUMNS)",
        "table.setHorizontalHeaderLabels(list(COLUMNS))",
        "item.setText(REASONS.get(reason, reason))",
        'status.showMessage("Done: {n}".format(n=n))',
        'button = QPushButton("&Restore")',
        "combo.addItem(stage.label, stage.value)",
        'name(self.table, "trashTable", "Deleted leads")',
        'label.setAccessibleName("Possible duplicates")',
    ],
)
def test_the_check_catches_untranslated_words(line: str) -> None:
    source = f'COLUMNS = ("Lead", "Company")\nREASONS = {{"start": "At start"}}\n{line}\n'
    assert Checker(source).problems(), line


@pytest.mark.parametrize(
    "line",
    [
        'label.setText(self.tr("Saved"))',
        'QLabel(self.tr("{count} leads").format(count=count))',
        'QMessageBox.warning(self, self.tr("Not saved"), str(exc))',
        'form.addRow(QCoreApplication.translate("Form", "&Name"), edit)',
        "table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])",
        'label.setText(f"<b>{escape(name)}</b> · {label(stage)}")',
        'combo.addItems(["", *(self.tr(s) for s in COLUMNS)])',
        'box.warning(self, "x")',  # not QMessageBox: unknown, not checked
        'name(self.table, "trashTable", self.tr("Deleted leads"))',
    ],
)
def test_the_check_lets_translated_words_through(line: str) -> None:
    source = f'COLUMNS = ("Lead", "Company")\n{line}\n'
    assert Checker(source).problems() == [], line


def test_header_data_returns_are_checked() -> None:
    source = (
        'HEADERS = ("Done", "Task")\n'
        "class M:\n"
        "    def headerData(self, section, orientation, role=0):\n"
        "        return HEADERS[section]\n"
    )
    assert Checker(source).problems()
    assert Checker(source.replace("HEADERS[section]", "self.tr(HEADERS[section])")).problems() == []
