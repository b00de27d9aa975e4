"""File → Import…: check the column mapping, decide about duplicates, then import.

Checking the rows (reading them through the mapping, validating, finding duplicates)
runs off the GUI thread with a progress bar, again after every change of a choice; the
dialog's Cancel stops it. Nothing is written until Import is pressed; the import then
runs off the GUI thread in one transaction, and Cancel on the progress dialog leaves
the data as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.import_mapping import DuplicateChoice, LeadField, Mapping, Table
from funnelplanner.domain.vocabulary import FUNNEL_ORDER, Stage
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.form_rows import campaign_combo
from funnelplanner.ui.formatting import format_count
from funnelplanner.ui.import_worker import ImportWorker, PreviewWorker
from funnelplanner.ui.naming import name
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP, translated
from funnelplanner.ui.vocabulary_labels import label

if TYPE_CHECKING:
    from funnelplanner.services import Services
    from funnelplanner.services.importing import ImportPreview, ImportResult

NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportDialog", "— not imported —")
# Beyond this many duplicates, one choice for all of them: a combo box per row would
# take longer to build than the import itself.
MAX_DUPLICATE_ROWS = 500
MAX_PROBLEMS = 1000
CHOICE_LABELS = {
    DuplicateChoice.SKIP: QT_TRANSLATE_NOOP("ImportDialog", "Skip"),
    DuplicateChoice.UPDATE: QT_TRANSLATE_NOOP("ImportDialog", "Update the stored lead"),
    DuplicateChoice.ADD: QT_TRANSLATE_NOOP("ImportDialog", "Add as a new lead"),
}


class ImportDialog(QDialog):
    def __init__(
        self,
        services: Services,
        hub: ChangeHub,
        table: Table,
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._hub = hub
        self._table = table
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self._worker: ImportWorker | None = None
        self._preview_worker: PreviewWorker | None = None
        self._preview_again = False
        name(self, "importDialog", self.tr("Import leads"))
        self.setWindowTitle(self.tr("Import leads from {file}").format(file=file_name))
        self.resize(1100, 760)

        separated = {
            ",": self.tr("comma-separated"),
            ";": self.tr("semicolon-separated"),
            "\t": self.tr("tab-separated"),
        }.get(table.delimiter)
        how = f"{table.encoding}, {separated}" if separated else table.encoding
        source = QLabel(
            self.tr("<b>{file}</b>: {origin}, {count} row(s) ({how})", "", len(table.rows)).format(
                file=file_name, origin=table.origin, count=format_count(len(table.rows)), how=how
            )
        )
        name(source, "importSource", self.tr("File read"))

        self.mapping_table = QTableWidget(len(table.headers), 3)
        name(self.mapping_table, "importMapping", self.tr("Column mapping"))
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Import as")]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._field_boxes: list[QComboBox] = []
        mapping = services.importing.mapping_for(table)
        # Translated once, not once a column: files can have hundreds.
        not_imported = self.tr(NOT_IMPORTED)
        field_labels = {lead_field: label(lead_field) for lead_field in LeadField}
        for column, title in enumerate(table.headers):
            self.mapping_table.setItem(column, 0, _item(title))
            self.mapping_table.setItem(column, 1, _item(_example(table, column)))
            box = QComboBox()
            box.setObjectName(f"importField{column}")
            box.setAccessibleName(self.tr("Import column {title} as").format(title=title))
            box.addItem(not_imported, None)
            for lead_field in LeadField:
                box.addItem(field_labels[lead_field], lead_field.value)
            chosen = mapping.get(column)
            box.setCurrentIndex(box.findData(chosen.value) if chosen is not None else 0)
            box.currentIndexChanged.connect(self._schedule_preview)
            self.mapping_table.setCellWidget(column, 2, box)
            self._field_boxes.append(box)

        self.stage_box = QComboBox()
        name(self.stage_box, "importStage", self.tr("Stage for rows that give none"))
        for stage in FUNNEL_ORDER:
            self.stage_box.addItem(label(stage), stage.value)
        self.stage_box.setCurrentIndex(self.stage_box.findData(Stage.LEAD.value))
        self.stage_box.currentIndexChanged.connect(self._schedule_preview)
        self.campaign_box = campaign_combo(services, "importCampaign")
        self.campaign_box.currentIndexChanged.connect(self._schedule_preview)
        options = QFormLayout()
        options.addRow(self.tr("&Stage when the file gives none"), self.stage_box)
        options.addRow(self.tr("Ca&mpaign for every lead"), self.campaign_box)

        self.all_choice = QComboBox()
        name(self.all_choice, "importDuplicatesAll", self.tr("What to do with every duplicate"))
        for choice, text in CHOICE_LABELS.items():
            self.all_choice.addItem(self.tr(text), choice.value)
        self.all_choice.currentIndexChanged.connect(self._choose_for_all)
        self.duplicates_table = QTableWidget(0, 5)
        name(self.duplicates_table, "importDuplicates", self.tr("Rows that match stored leads"))
        self.duplicates_table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("In the file"),
                self.tr("Matches"),
                self.tr("Why"),
                self.tr("Action"),
            ]
        )
        self.duplicates_table.verticalHeader().setVisible(False)
        self.duplicates_table.setWordWrap(False)
        dup_header = self.duplicates_table.horizontalHeader()
        dup_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        dup_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._choice_boxes: dict[int, QComboBox] = {}
        self.duplicates_note = QLabel()
        self.duplicates_note.setWordWrap(True)
        # Never squeezed under its text by the table above it.
        self.duplicates_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        duplicates = QGroupBox(self.tr("&Duplicates"))
        dup_layout = QVBoxLayout(duplicates)
        all_row = QHBoxLayout()
        all_row.addWidget(QLabel(self.tr("For every duplicate:")))
        all_row.addWidget(self.all_choice)
        all_row.addStretch(1)
        dup_layout.addLayout(all_row)
        dup_layout.addWidget(self.duplicates_table)
        dup_layout.addWidget(self.duplicates_note)

        self.problems = QListWidget()
        name(self.problems, "importProblems", self.tr("Problems in rows"))
        problems = QGroupBox(self.tr("&Problems"))
        QVBoxLayout(problems).addWidget(self.problems)

        self.summary = QLabel()
        name(self.summary, "importSummary", self.tr("What the import will do"))
        self.summary.setWordWrap(True)
        self.check_progress = QProgressBar()
        name(self.check_progress, "importCheckProgress", self.tr("Rows checked"))
        self.check_progress.setVisible(False)
        self._results = (duplicates, problems)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run_import)
        buttons.rejected.connect(self.reject)

        columns = QGroupBox(self.tr("&Columns: check what each column becomes"))
        col_layout = QVBoxLayout(columns)
        col_layout.addWidget(self.mapping_table)
        col_layout.addLayout(options)
        lower = QHBoxLayout()
        lower.addWidget(duplicates, 3)
        lower.addWidget(problems, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addWidget(columns, 4)
        layout.addLayout(lower, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.check_progress)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh_preview)
        self.refresh_preview()

    # ---- mapping and preview

    def mapping(self) -> Mapping:
        chosen: Mapping = {}
        for column, box in enumerate(self._field_boxes):
            value = box.currentData()
            if value is not None:
                chosen[column] = LeadField(value)
        return chosen

    def _schedule_preview(self) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        """Check every row with the current choices, off the GUI thread; a check still
        running for earlier choices is stopped first."""
        self._timer.stop()
        running = self._preview_worker
        if running is not None and running.isRunning():
            self._preview_again = True
            running.cancel()
            return
        self._preview_again = False
        self.preview = None
        self.import_button.setEnabled(False)
        for box in self._results:
            box.setEnabled(False)
        total = len(self._table.rows)
        self.check_progress.setRange(0, max(total, 1))
        self.check_progress.setValue(0)
        self.check_progress.setVisible(True)
        self.summary.setText(self.tr("Checking {total} rows…").format(total=format_count(total)))
        worker = PreviewWorker(
            self._services.importing,
            self._table,
            self.mapping(),
            Stage(self.stage_box.currentData()),
            self.campaign_box.currentData(),
        )
        self._preview_worker = worker
        worker.progressed.connect(self._checked_so_far)
        worker.finished_ok.connect(self._previewed)
        worker.refused.connect(self._refused)
        worker.failed.connect(self._check_failed)
        worker.finished.connect(self._check_ended)
        worker.start()

    def is_checking(self) -> bool:
        worker = self._preview_worker
        return worker is not None and (worker.isRunning() or self._preview_again)

    def _checked_so_far(self, done: int, total: int) -> None:
        if self._preview_again:
            return
        self.check_progress.setValue(done)
        self.summary.setText(
            self.tr("Checking rows: {done} of {total}…").format(
                done=format_count(done), total=format_count(total)
            )
        )

    def _check_ended(self) -> None:
        worker = self._preview_worker
        if worker is not None:
            worker.wait()  # finished is sent just before the thread's last instructions
        self.check_progress.setVisible(False)
        if self._preview_again:
            self.refresh_preview()

    def _previewed(self, preview: ImportPreview) -> None:
        if self._preview_again:
            return  # made for choices changed since; the next check is on its way
        self.preview = preview
        for box in self._results:
            box.setEnabled(True)
        self._fill_duplicates(preview)
        self._fill_problems(preview)
        self._update_summary()

    def _refused(self, error: ValidationError) -> None:
        if self._preview_again:
            return
        self._cannot_import(
            self.tr("<b>Cannot import yet:</b> {reason}").format(
                reason=translated(error.errors[error.first_field])
            )
        )

    def _check_failed(self, message: str) -> None:
        self._cannot_import(
            self.tr("<b>The rows could not be checked:</b> {reason}").format(reason=message)
        )

    def _cannot_import(self, text: str) -> None:
        self.preview = None
        self.summary.setText(text)
        self.import_button.setEnabled(False)
        self.duplicates_table.setRowCount(0)
        self._choice_boxes = {}
        self.problems.clear()

    def _fill_duplicates(self, preview: ImportPreview) -> None:
        found = preview.duplicates
        shown = found[:MAX_DUPLICATE_ROWS]
        default = DuplicateChoice(self.all_choice.currentData())
        previous = {
            row: DuplicateChoice(box.currentData()) for row, box in self._choice_boxes.items()
        }
        self._choice_boxes = {}
        choice_labels = {choice: self.tr(text) for choice, text in CHOICE_LABELS.items()}
        self.duplicates_table.setRowCount(len(shown))
        for index, row in enumerate(shown):
            assert row.match is not None
            self.duplicates_table.setItem(index, 0, _item(str(row.row_number)))
            self.duplicates_table.setItem(index, 1, _item(row.name))
            matched = (
                self.tr("{name} (lead #{id})").format(name=row.match.name, id=row.match.lead_id)
                if row.match.lead_id is not None
                else self.tr("{name} (row {row})").format(
                    name=row.match.name, row=row.match.row_number
                )
            )
            self.duplicates_table.setItem(index, 2, _item(matched))
            why = _item(translated(row.match.reason))
            why.setToolTip(translated(row.match.reason))  # the column may cut it short
            self.duplicates_table.setItem(index, 3, why)
            box = QComboBox()
            box.setObjectName(f"importChoice{row.row_number}")
            box.setAccessibleName(self.tr("What to do with row {row}").format(row=row.row_number))
            for choice, text in choice_labels.items():
                box.addItem(text, choice.value)
            keep = previous.get(row.row_number, default)
            box.setCurrentIndex(box.findData(keep.value))
            box.currentIndexChanged.connect(self._update_summary)
            self.duplicates_table.setCellWidget(index, 4, box)
            self._choice_boxes[row.row_number] = box
        if not found:
            self.duplicates_note.setText(self.tr("No row matches a stored lead or an earlier row."))
        elif len(found) > len(shown):
            self.duplicates_note.setText(
                self.tr(
                    "{found} duplicates; the first {shown} are listed. The rest follow the "
                    "choice for every duplicate."
                ).format(found=format_count(len(found)), shown=format_count(len(shown)))
            )
        else:
            self.duplicates_note.setText(
                self.tr(
                    "{count} row(s) match a stored lead or an earlier row (same email or "
                    "phone, or a very similar name at the same company).",
                    "",
                    len(found),
                ).format(count=format_count(len(found)))
            )

    def _fill_problems(self, preview: ImportPreview) -> None:
        self.problems.clear()
        line = self.tr("Row {row}: {problem}")
        lines = [
            line.format(row=r.row_number, problem=translated(p))
            for r in preview.problem_rows
            for p in r.problems
        ]
        self.problems.addItems(lines[:MAX_PROBLEMS])
        if len(lines) > MAX_PROBLEMS:
            self.problems.addItem(
                self.tr("… and {count} more").format(count=format_count(len(lines) - MAX_PROBLEMS))
            )
        if not lines:
            self.problems.addItem(self.tr("None: every row can be imported."))

    def _choose_for_all(self) -> None:
        value = self.all_choice.currentData()
        for box in self._choice_boxes.values():
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(value))
            box.blockSignals(False)
        self._update_summary()

    def choices(self) -> dict[int, DuplicateChoice]:
        return {row: DuplicateChoice(box.currentData()) for row, box in self._choice_boxes.items()}

    def _update_summary(self) -> None:
        if self.preview is None:
            return
        summary = self.preview.summary(
            self.choices(), DuplicateChoice(self.all_choice.currentData())
        )
        why = "; ".join(
            f"{format_count(count)} {translated(reason)}"
            for reason, count in sorted(summary.reasons.items())
        )
        will = self.tr(
            "<b>Will create {create}, update {update} and skip {skip} lead(s)</b>", "", summary.skip
        ).format(
            create=format_count(summary.create),
            update=format_count(summary.update),
            skip=format_count(summary.skip),
        )
        self.summary.setText(will + (self.tr(" (skipped: {why})").format(why=why) if why else ""))
        self.import_button.setEnabled(summary.create + summary.update > 0)

    # ---- import

    def run_import(self) -> None:
        if self.preview is None or self.is_checking():
            return
        self._timer.stop()
        progress = QProgressDialog(
            self.tr("Importing leads…"), self.tr("Cancel"), 0, len(self.preview.rows), self
        )
        progress.setObjectName("importProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        worker = ImportWorker(
            self._services.importing,
            self.preview,
            self.choices(),
            DuplicateChoice(self.all_choice.currentData()),
        )
        self._worker = worker
        worker.progressed.connect(lambda done, total: progress.setValue(min(done, total - 1)))
        progress.canceled.connect(worker.cancel)
        worker.finished_ok.connect(self._imported)
        worker.cancelled.connect(
            lambda: QMessageBox.information(
                self,
                self.tr("Import cancelled"),
                self.tr("The import was cancelled: nothing was imported."),
            )
        )
        worker.failed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Import failed"), message)
        )
        worker.finished.connect(progress.reset)
        self.import_button.setEnabled(False)
        worker.start()

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        self._services.importing.remember_mapping(self._table, self.mapping())
        self._hub.leads_changed.emit()
        self.accept()

    def wait_for_import(self, milliseconds: int = 30_000) -> None:
        """Block until a running import has finished (used when closing and by tests)."""
        if self._worker is not None:
            self._worker.wait(milliseconds)

    def done(self, code: int) -> None:
        self._timer.stop()
        self._preview_again = False
        if self._preview_worker is not None and self._preview_worker.isRunning():
            self._preview_worker.cancel()
            self._preview_worker.wait()
        if self._worker is not None and self._worker.isRunning():
            self._worker.cancel()
            self._worker.wait()
        super().done(code)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _example(table: Table, column: int) -> str:
    """The first few non-empty values of a column, so the owner sees what it holds."""
    values = []
    for row in table.rows:
        value = row[column].strip() if column < len(row) else ""
        if value:
            values.append(value.replace("\n", " ")[:40])
        if len(values) == 3:
            break
    return " · ".join(values)
