"""The month's plan: targets, the funnel worked backwards, the agreement, actuals, charts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from funnelplanner import startup_gc
from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.funnel import PLANNED_STAGES, STEPS, Rates
from funnelplanner.domain.month import Month
from funnelplanner.domain.pace import Pace, PaceKind, pace_of
from funnelplanner.domain.planning_models import MonthPicture, TargetDraft
from funnelplanner.domain.validation import parse_money
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.ui.background import LatestAnswer
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.chart_canvas import ChartCanvas
from funnelplanner.ui.field_errors import FieldErrors
from funnelplanner.ui.form_rows import with_error
from funnelplanner.ui.formatting import format_count, format_month
from funnelplanner.ui.naming import name
from funnelplanner.ui.theme import is_dark
from funnelplanner.ui.translations import shown, translated
from funnelplanner.ui.vocabulary_labels import label

RATE_NAMES = {
    "prospect-lead": "rateProspectLead",
    "lead-mql": "rateLeadMql",
    "mql-sql": "rateMqlSql",
    "sql-customer": "rateSqlCustomer",
}
# Leads named in each under- and over-worked list; the rest are counted.
LISTED_LEADS = 50


if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from funnelplanner.services import Services
    from funnelplanner.services.planning import ContactInsight


@dataclass(frozen=True)
class _Gathered:
    """Everything the view shows for a month, worked out off the GUI thread."""

    month: Month
    picture: MonthPicture
    insight: ContactInsight
    today: date
    figures: tuple[Figure, Figure, Figure, Figure]


def _gather(services: Services, month: Month, dark: bool) -> _Gathered:
    """Seconds of queries at 100,000 leads, and matplotlib's first import: on a worker."""
    # The drawing backend is loaded here too, so the first chart drawn does not wait for it.
    with startup_gc.set_aside_if_loaded("matplotlib"):
        import matplotlib.backends.backend_agg  # noqa: F401

        from funnelplanner.reports import charts
        from funnelplanner.reports.chart_style import DARK, LIGHT

    palette = DARK if dark else LIGHT  # as the window is drawn
    planning = services.planning
    picture = planning.picture(month)
    insight = planning.contact_insight(limit=LISTED_LEADS)
    figures = (
        charts.funnel_chart(picture, palette),
        charts.trend_chart(planning.trend(month), palette),
        charts.channel_chart(planning.by_source(), palette),
        charts.contacts_to_close_chart(insight.won_contacts, insight.median, palette),
    )
    return _Gathered(month, picture, insight, planning.today(), figures)


class MonthPlanView(QWidget):
    """Set a month's targets and see what each hat owes and has delivered."""

    def __init__(self, services: Services, hub: ChangeHub) -> None:
        super().__init__()
        name(self, "planView", self.tr("Month plan"))
        self._services = services
        self._hub = hub
        self.month = services.planning.this_month()
        self.errors = FieldErrors()
        # Changes while the tab is hidden only mark it stale: no queries or charts for
        # a view nobody is looking at; it catches up when shown.
        self._stale = True
        self._answers = LatestAnswer(self)
        self._answers.arrived.connect(self._arrived)
        self._answers.failed.connect(self._failed)
        # Three months of stage changes, read for "Fill rates": a worker's job too.
        self._rates = LatestAnswer(self)
        self._rates.arrived.connect(self._rates_arrived)
        self._rates.failed.connect(self._rates_failed)

        self.month_label = QLabel()
        name(self.month_label, "planMonth", self.tr("Month"))
        self.month_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        previous = QPushButton(self.tr("◀ Previous"))
        previous.setObjectName("planPrevious")
        previous.clicked.connect(lambda: self.show_month(self.month.previous()))
        following = QPushButton(self.tr("Next ▶"))
        following.setObjectName("planNext")
        following.clicked.connect(lambda: self.show_month(self.month.next()))
        this = QPushButton(self.tr("This month"))
        this.clicked.connect(lambda: self.show_month(self._services.planning.this_month()))
        header = QHBoxLayout()
        header.addWidget(previous)
        header.addWidget(self.month_label)
        header.addWidget(following)
        header.addWidget(this)
        header.addStretch(1)
        # Shown while a month's figures are worked out (seconds with years of leads).
        self.busy_label = QLabel()
        self.busy_label.setObjectName("planBusy")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("planBusyBar")
        self.busy_bar.setRange(0, 0)  # no steps to count: it only says "working"
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setTextVisible(False)
        header.addWidget(self.busy_label)
        header.addWidget(self.busy_bar)

        left = QVBoxLayout()
        left.addWidget(self._targets_box())
        left.addWidget(self._agreement_box())
        left.addWidget(self._insight_box())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._funnel_box())
        self.charts = QTabWidget()
        self.charts.setObjectName("chartTabs")
        self.funnel_canvas = ChartCanvas("funnelChart")
        self.trend_canvas = ChartCanvas("trendChart")
        self.channel_canvas = ChartCanvas("channelChart")
        self.contacts_canvas = ChartCanvas("contactsChart")
        self.charts.addTab(self.funnel_canvas, self.tr("Target vs actual"))
        self.charts.addTab(self.trend_canvas, self.tr("Conversion trend"))
        self.charts.addTab(self.channel_canvas, self.tr("By channel"))
        self.charts.addTab(self.contacts_canvas, self.tr("Contacts to close"))
        self.charts.setMinimumHeight(380)
        self.charts.setMaximumHeight(460)
        right.addWidget(self.charts)
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(header)
        body_layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        hub.leads_changed.connect(self.refresh)
        self.show_month(self.month)

    # ---- building

    def _targets_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Targets for the month"))
        self.by_customers = QRadioButton(self.tr("Customers"))
        self.by_customers.setObjectName("targetByCustomers")
        self.by_revenue = QRadioButton(self.tr("Revenue"))
        self.by_revenue.setObjectName("targetByRevenue")
        self.by_customers.setChecked(True)
        self.customers_edit = QSpinBox()
        name(self.customers_edit, "targetCustomers", self.tr("Target customers"))
        self.customers_edit.setRange(0, 1_000_000)
        self.revenue_edit = QLineEdit()
        name(self.revenue_edit, "targetRevenue", self.tr("Target revenue"))
        self.revenue_edit.setPlaceholderText(self.tr("e.g. 20000"))
        self.deal_edit = QLineEdit()
        name(self.deal_edit, "targetDealValue", self.tr("Average deal value"))
        self.deal_edit.setPlaceholderText(self.tr("e.g. 2500"))
        self.by_customers.toggled.connect(self._mode_changed)

        form = QFormLayout(box)
        mode = QHBoxLayout()
        mode.addWidget(self.by_customers)
        mode.addWidget(self.by_revenue)
        mode.addStretch(1)
        form.addRow(self.tr("Target by"), mode)
        form.addRow(self.tr("Customers"), with_error(self.errors, "customers", self.customers_edit))
        form.addRow(self.tr("Revenue"), with_error(self.errors, "revenue", self.revenue_edit))
        form.addRow(self.tr("Average deal"), with_error(self.errors, "deal_value", self.deal_edit))
        self.rate_edits: dict[str, QDoubleSpinBox] = {}
        for step, source, target in STEPS:
            spin = QDoubleSpinBox()
            name(
                spin,
                RATE_NAMES[step],
                self.tr("{source} to {target} rate").format(
                    source=label(source), target=label(target)
                ),
            )
            spin.setRange(0.0, 100.0)
            spin.setDecimals(1)
            spin.setSuffix(" %")
            self.rate_edits[step] = spin
            form.addRow(
                f"{label(source)} → {label(target)}",
                with_error(self.errors, f"rate {step}", spin),
            )
        save = QPushButton(self.tr("Save targets"))
        save.setObjectName("saveTargets")
        save.clicked.connect(self.save_targets)
        self.fill_button = QPushButton(self.tr("Fill rates from last 3 months"))
        self.fill_button.setObjectName("fillRates")
        self.fill_button.clicked.connect(self.fill_rates)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(self.fill_button)
        form.addRow(buttons)
        self.target_note = QLabel()
        self.target_note.setObjectName("targetNote")
        self.target_note.setWordWrap(True)
        self.target_note.setStyleSheet("color: #555;")
        form.addRow(self.target_note)
        return box

    def _agreement_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The agreement between the hats"))
        layout = QVBoxLayout(box)
        self.agreement_label = QLabel()
        name(self.agreement_label, "agreementText", self.tr("The agreement"))
        self.agreement_label.setWordWrap(True)
        self.agreement_label.setTextFormat(Qt.TextFormat.RichText)
        self.breaches_list = QListWidget()
        name(self.breaches_list, "breachesList", self.tr("Breaches of the agreement"))
        self.breaches_list.setMaximumHeight(120)
        layout.addWidget(self.agreement_label)
        layout.addWidget(QLabel(self.tr("Breaches this month:")))
        layout.addWidget(self.breaches_list)
        return box

    def _insight_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contacts it takes to win a customer"))
        layout = QVBoxLayout(box)
        self.insight_label = QLabel()
        name(self.insight_label, "insightSummary", self.tr("Contacts to close"))
        self.insight_label.setWordWrap(True)
        self.insight_table = QTableWidget(0, 3)
        name(
            self.insight_table,
            "insightTable",
            self.tr("Median contacts to close by source and campaign"),
        )
        self.insight_table.setHorizontalHeaderLabels(
            [self.tr("Source / campaign"), self.tr("Customers"), self.tr("Median")]
        )
        self.insight_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.insight_table.verticalHeader().hide()
        self.insight_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.insight_table.setMaximumHeight(150)
        self.under_list = QListWidget()
        name(self.under_list, "underWorkedList", self.tr("Under-worked leads"))
        self.over_list = QListWidget()
        name(self.over_list, "overWorkedList", self.tr("Over-worked leads"))
        for widget in (self.under_list, self.over_list):
            widget.setMaximumHeight(90)
        layout.addWidget(self.insight_label)
        layout.addWidget(self.insight_table)
        layout.addWidget(QLabel(self.tr("Under-worked (MQLs and SQLs below the median):")))
        layout.addWidget(self.under_list)
        layout.addWidget(QLabel(self.tr("Perhaps over-worked (open, more than twice the median):")))
        layout.addWidget(self.over_list)
        return box

    def _fill_insight(self, insight: ContactInsight) -> None:
        if insight.median is None:
            self.insight_label.setText(
                self.tr(
                    "No customers won yet: once you win some, this shows how many contacts a "
                    "sale takes, and which open leads are below or far above that."
                )
            )
        else:
            self.insight_label.setText(
                self.tr(
                    "Median contacts to close: {median} (over %Ln customer(s) won).",
                    "",
                    insight.customers,
                ).format(median=f"{insight.median.normalize():f}")
            )
        source, campaign = self.tr("Source: {name}"), self.tr("Campaign: {name}")
        rows = [(source.format(name=r.group), r) for r in insight.by_source] + [
            (campaign.format(name=r.group), r) for r in insight.by_campaign if r.group != "(none)"
        ]
        self.insight_table.setRowCount(len(rows))
        for index, (group, row) in enumerate(rows):
            for column, text in enumerate(
                (group, format_count(row.customers), f"{row.median_contacts.normalize():f}")
            ):
                self.insight_table.setItem(index, column, QTableWidgetItem(text))
        for widget, leads, total in (
            (self.under_list, insight.under_worked, insight.under_worked_total),
            (self.over_list, insight.over_worked, insight.over_worked_total),
        ):
            widget.clear()
            for lead in leads:
                widget.addItem(
                    self.tr("{name} ({stage}): %n contact(s)", "", lead.contact_count).format(
                        name=lead.name, stage=label(lead.stage)
                    )
                )
            more = total - len(leads)
            if more > 0:
                widget.addItem(self.tr("… and {count} more").format(count=format_count(more)))
            if not leads:
                widget.addItem(self.tr("None"))

    def _funnel_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The funnel worked backwards"))
        self.funnel_table = QTableWidget(len(PLANNED_STAGES), 3)
        name(self.funnel_table, "funnelTable", self.tr("Funnel: needed and actual"))
        self.funnel_table.setHorizontalHeaderLabels(
            [self.tr("Needed"), self.tr("This month so far"), self.tr("Last month")]
        )
        self.funnel_table.setVerticalHeaderLabels([label(s) for s in PLANNED_STAGES])
        self.funnel_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.funnel_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.funnel_table.setFixedHeight(190)
        QVBoxLayout(box).addWidget(self.funnel_table)
        return box

    # ---- behaviour

    def show_month(self, month: Month) -> None:
        self.month = month
        self.errors.clear()
        target = self._services.planning.target(month)
        self.month_label.setText(format_month(month))
        self.by_revenue.setChecked(target.customers is None and target.revenue is not None)
        self.by_customers.setChecked(not self.by_revenue.isChecked())
        self.customers_edit.setValue(target.customers or 0)
        self.revenue_edit.setText("" if target.revenue is None else str(target.revenue))
        self.deal_edit.setText("" if target.deal_value is None else str(target.deal_value))
        for step, spin in self.rate_edits.items():
            spin.setValue(float(target.rates[step]))
        self.target_note.setText(
            ""
            if target.stored
            else self.tr(
                "Not saved yet: these are defaults carried over. Save to make them this "
                "month's targets."
            )
        )
        self._mode_changed()
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.busy_label.setText(
            self.tr("Working out {month}…").format(month=format_month(self.month))
        )
        self.busy_label.show()
        self.busy_bar.show()
        services, month, dark = self._services, self.month, is_dark()
        self._answers.ask(lambda: _gather(services, month, dark))

    def wait(self) -> None:
        """Let the figures and rates on their way arrive (before the services close)."""
        self._answers.wait()
        self._rates.wait()

    def _arrived(self, gathered: _Gathered) -> None:
        self.busy_label.hide()
        self.busy_bar.hide()
        self._fill_funnel(gathered.picture)
        self._fill_agreement(gathered.picture, gathered.month, gathered.today)
        self._fill_insight(gathered.insight)
        for canvas, figure in zip(
            (self.funnel_canvas, self.trend_canvas, self.channel_canvas, self.contacts_canvas),
            gathered.figures,
            strict=True,
        ):
            canvas.show_figure(figure)

    def _failed(self, error: Exception) -> None:
        self.busy_bar.hide()
        self.busy_label.setText(
            self.tr("The figures could not be worked out: {problem}").format(problem=shown(error))
        )

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.refresh()

    def _mode_changed(self) -> None:
        by_customers = self.by_customers.isChecked()
        self.customers_edit.setEnabled(by_customers)
        self.revenue_edit.setEnabled(not by_customers)
        self.deal_edit.setEnabled(not by_customers)

    def draft(self) -> TargetDraft:
        errors: dict[str, str] = {}
        customers: int | None = None
        revenue: Decimal | None = None
        deal: Decimal | None = None
        if self.by_customers.isChecked():
            customers = self.customers_edit.value()
        else:
            for field, edit in (("revenue", self.revenue_edit), ("deal_value", self.deal_edit)):
                try:
                    amount = parse_money(edit.text(), field)
                except ValidationError as exc:
                    errors.update(exc.errors)
                    continue
                if amount is None:
                    errors[field] = (
                        self.tr("Revenue is required")
                        if field == "revenue"
                        else self.tr("Deal value is required")
                    )
                elif field == "revenue":
                    revenue = amount
                else:
                    deal = amount
        try:
            rates = Rates(
                {step: Decimal(str(spin.value())) for step, spin in self.rate_edits.items()}
            )
        except ValidationError as exc:
            errors.update(exc.errors)
            rates = None
        if errors or rates is None:
            raise ValidationError(errors)
        return TargetDraft(self.month, customers, revenue, deal, rates)

    def save_targets(self) -> None:
        try:
            self._services.planning.set_target(self.draft())
        except ValidationError as exc:
            unplaced = self.errors.show(exc.errors)
            if unplaced:
                QMessageBox.warning(self, self.tr("Targets not saved"), "\n".join(unplaced))
            return
        self.show_month(self.month)

    def fill_rates(self) -> None:
        self.fill_button.setEnabled(False)
        self.target_note.setText(self.tr("Working out the last 3 months' rates…"))
        services, month = self._services, self.month
        self._rates.ask(lambda: services.planning.rates_from_actuals(month))

    def _rates_arrived(self, rates: Rates) -> None:
        self.fill_button.setEnabled(True)
        for step, spin in self.rate_edits.items():
            spin.setValue(float(rates[step]))
        self.target_note.setText(
            self.tr("Rates filled from the last 3 months' actuals; save to keep them.")
        )

    def _rates_failed(self, error: Exception) -> None:
        self.fill_button.setEnabled(True)
        self.target_note.setText(
            self.tr("The rates could not be worked out: {problem}").format(problem=shown(error))
        )

    def _fill_funnel(self, picture: MonthPicture) -> None:
        for row, stage in enumerate(PLANNED_STAGES):
            need = picture.needed[stage]
            cells = (need.count, picture.actual[stage], picture.previous_actual[stage])
            for column, value in enumerate(cells):
                item = QTableWidgetItem(format_count(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 0:
                    item.setToolTip(translated(need.explanation))
                self.funnel_table.setItem(row, column, item)

    def _fill_agreement(self, picture: MonthPicture, month: Month, today: date) -> None:
        mqls = picture.actual[Stage.MQL]
        customers = picture.actual[Stage.CUSTOMER]
        marketing = pace_of(mqls, picture.marketing_owes_mql, month, today)
        sales = pace_of(customers, picture.sales_owes_customers, month, today)
        self.agreement_label.setText(
            self.tr(
                "<p><b>Marketing owes {owed} MQL(s)</b> this month ({done} so far, {pace}).</p>",
                "",
                picture.marketing_owes_mql,
            ).format(
                owed=format_count(picture.marketing_owes_mql),
                done=format_count(mqls),
                pace=self._pace_text(marketing),
            )
            + self.tr(
                "<p><b>Sales owes {owed} customer(s)</b> from the {accepted} SQLs it accepts "
                "({done} so far, {pace}).</p>",
                "",
                picture.sales_owes_customers,
            ).format(
                owed=format_count(picture.sales_owes_customers),
                accepted=format_count(picture.sales_accepts_sql),
                done=format_count(customers),
                pace=self._pace_text(sales),
            )
            + self.tr(
                "<p>Sales follows up a new SQL within {days} days and makes at least "
                "{contacts} contacts before marking a lead lost.</p>"
            ).format(days=picture.sql_follow_up_days, contacts=picture.min_contacts_before_lost)
        )
        self.breaches_list.clear()
        if not picture.breaches:
            self.breaches_list.addItem(self.tr("None: both hats kept the agreement."))
        for breach in picture.breaches:
            self.breaches_list.addItem(f"{breach.lead_name}: {translated(breach.detail)}")

    def _pace_text(self, found: Pace) -> str:
        if found.kind is PaceKind.MISSED:
            return self.tr("missed by {count}").format(count=format_count(found.amount))
        if found.kind is PaceKind.BEHIND:
            return self.tr("behind pace (about {count} by today)").format(count=found.amount)
        return {
            PaceKind.NOTHING_OWED: self.tr("nothing owed"),
            PaceKind.NOT_STARTED: self.tr("not started"),
            PaceKind.MET: self.tr("met"),
            PaceKind.AHEAD: self.tr("ahead of pace"),
        }[found.kind]
