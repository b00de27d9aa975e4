"""The month's plan: targets, the funnel worked backwards, the agreement, actuals, charts."""

from __future__ import annotations

from decimal import Decimal

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

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.funnel import PLANNED_STAGES, STEPS, Rates
from funnelplanner.domain.month import Month
from funnelplanner.domain.pace import pace
from funnelplanner.domain.planning_models import MonthPicture, TargetDraft
from funnelplanner.domain.validation import parse_money
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services import Services
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.chart_canvas import ChartCanvas
from funnelplanner.ui.field_errors import FieldErrors
from funnelplanner.ui.form_rows import with_error
from funnelplanner.ui.naming import name
from funnelplanner.ui.theme import chart_palette

RATE_NAMES = {
    "prospect-lead": "rateProspectLead",
    "lead-mql": "rateLeadMql",
    "mql-sql": "rateMqlSql",
    "sql-customer": "rateSqlCustomer",
}
# Leads named in each under- and over-worked list; the rest are counted.
LISTED_LEADS = 50


class MonthPlanView(QWidget):
    """Set a month's targets and see what each hat owes and has delivered."""

    def __init__(self, services: Services, hub: ChangeHub) -> None:
        super().__init__()
        name(self, "planView", "Month plan")
        self._services = services
        self._hub = hub
        self.month = services.planning.this_month()
        self.errors = FieldErrors()
        # Changes while the tab is hidden only mark it stale: no queries or charts for
        # a view nobody is looking at; it catches up when shown.
        self._stale = True

        self.month_label = QLabel()
        name(self.month_label, "planMonth", "Month")
        self.month_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        previous = QPushButton("◀ Previous")
        previous.setObjectName("planPrevious")
        previous.clicked.connect(lambda: self.show_month(self.month.previous()))
        following = QPushButton("Next ▶")
        following.setObjectName("planNext")
        following.clicked.connect(lambda: self.show_month(self.month.next()))
        this = QPushButton("This month")
        this.clicked.connect(lambda: self.show_month(self._services.planning.this_month()))
        header = QHBoxLayout()
        header.addWidget(previous)
        header.addWidget(self.month_label)
        header.addWidget(following)
        header.addWidget(this)
        header.addStretch(1)

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
        self.charts.addTab(self.funnel_canvas, "Target vs actual")
        self.charts.addTab(self.trend_canvas, "Conversion trend")
        self.charts.addTab(self.channel_canvas, "By channel")
        self.charts.addTab(self.contacts_canvas, "Contacts to close")
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
        box = QGroupBox("Targets for the month")
        self.by_customers = QRadioButton("Customers")
        self.by_customers.setObjectName("targetByCustomers")
        self.by_revenue = QRadioButton("Revenue")
        self.by_revenue.setObjectName("targetByRevenue")
        self.by_customers.setChecked(True)
        self.customers_edit = QSpinBox()
        name(self.customers_edit, "targetCustomers", "Target customers")
        self.customers_edit.setRange(0, 1_000_000)
        self.revenue_edit = QLineEdit()
        name(self.revenue_edit, "targetRevenue", "Target revenue")
        self.revenue_edit.setPlaceholderText("e.g. 20000")
        self.deal_edit = QLineEdit()
        name(self.deal_edit, "targetDealValue", "Average deal value")
        self.deal_edit.setPlaceholderText("e.g. 2500")
        self.by_customers.toggled.connect(self._mode_changed)

        form = QFormLayout(box)
        mode = QHBoxLayout()
        mode.addWidget(self.by_customers)
        mode.addWidget(self.by_revenue)
        mode.addStretch(1)
        form.addRow("Target by", mode)
        form.addRow("Customers", with_error(self.errors, "customers", self.customers_edit))
        form.addRow("Revenue", with_error(self.errors, "revenue", self.revenue_edit))
        form.addRow("Average deal", with_error(self.errors, "deal_value", self.deal_edit))
        self.rate_edits: dict[str, QDoubleSpinBox] = {}
        for step, source, target in STEPS:
            spin = QDoubleSpinBox()
            name(spin, RATE_NAMES[step], f"{source.label} to {target.label} rate")
            spin.setRange(0.0, 100.0)
            spin.setDecimals(1)
            spin.setSuffix(" %")
            self.rate_edits[step] = spin
            form.addRow(
                f"{source.label} → {target.label}",
                with_error(self.errors, f"rate {step}", spin),
            )
        save = QPushButton("Save targets")
        save.setObjectName("saveTargets")
        save.clicked.connect(self.save_targets)
        fill = QPushButton("Fill rates from last 3 months")
        fill.setObjectName("fillRates")
        fill.clicked.connect(self.fill_rates)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(fill)
        form.addRow(buttons)
        self.target_note = QLabel()
        self.target_note.setObjectName("targetNote")
        self.target_note.setWordWrap(True)
        self.target_note.setStyleSheet("color: #555;")
        form.addRow(self.target_note)
        return box

    def _agreement_box(self) -> QGroupBox:
        box = QGroupBox("The agreement between the hats")
        layout = QVBoxLayout(box)
        self.agreement_label = QLabel()
        name(self.agreement_label, "agreementText", "The agreement")
        self.agreement_label.setWordWrap(True)
        self.agreement_label.setTextFormat(Qt.TextFormat.RichText)
        self.breaches_list = QListWidget()
        name(self.breaches_list, "breachesList", "Breaches of the agreement")
        self.breaches_list.setMaximumHeight(120)
        layout.addWidget(self.agreement_label)
        layout.addWidget(QLabel("Breaches this month:"))
        layout.addWidget(self.breaches_list)
        return box

    def _insight_box(self) -> QGroupBox:
        box = QGroupBox("Contacts it takes to win a customer")
        layout = QVBoxLayout(box)
        self.insight_label = QLabel()
        name(self.insight_label, "insightSummary", "Contacts to close")
        self.insight_label.setWordWrap(True)
        self.insight_table = QTableWidget(0, 3)
        name(self.insight_table, "insightTable", "Median contacts to close by source and campaign")
        self.insight_table.setHorizontalHeaderLabels(["Source / campaign", "Customers", "Median"])
        self.insight_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.insight_table.verticalHeader().hide()
        self.insight_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.insight_table.setMaximumHeight(150)
        self.under_list = QListWidget()
        name(self.under_list, "underWorkedList", "Under-worked leads")
        self.over_list = QListWidget()
        name(self.over_list, "overWorkedList", "Over-worked leads")
        for widget in (self.under_list, self.over_list):
            widget.setMaximumHeight(90)
        layout.addWidget(self.insight_label)
        layout.addWidget(self.insight_table)
        layout.addWidget(QLabel("Under-worked (MQLs and SQLs below the median):"))
        layout.addWidget(self.under_list)
        layout.addWidget(QLabel("Perhaps over-worked (open, more than twice the median):"))
        layout.addWidget(self.over_list)
        return box

    def _fill_insight(self) -> None:
        insight = self._services.planning.contact_insight(limit=LISTED_LEADS)
        if insight.median is None:
            self.insight_label.setText(
                "No customers won yet: once you win some, this shows how many contacts a "
                "sale takes, and which open leads are below or far above that."
            )
        else:
            self.insight_label.setText(
                f"Median contacts to close: {insight.median.normalize():f} "
                f"(over {insight.customers} customers won)."
            )
        rows = [("Source: " + r.group, r) for r in insight.by_source] + [
            ("Campaign: " + r.group, r) for r in insight.by_campaign if r.group != "(none)"
        ]
        self.insight_table.setRowCount(len(rows))
        for index, (label, row) in enumerate(rows):
            for column, text in enumerate(
                (label, str(row.customers), f"{row.median_contacts.normalize():f}")
            ):
                self.insight_table.setItem(index, column, QTableWidgetItem(text))
        for widget, leads, total in (
            (self.under_list, insight.under_worked, insight.under_worked_total),
            (self.over_list, insight.over_worked, insight.over_worked_total),
        ):
            widget.clear()
            for lead in leads:
                widget.addItem(f"{lead.name} ({lead.stage.label}): {lead.contact_count} contacts")
            more = total - len(leads)
            if more > 0:
                widget.addItem(self.tr("… and {count} more").format(count=f"{more:,}"))
            if not leads:
                widget.addItem("None")

    def _funnel_box(self) -> QGroupBox:
        box = QGroupBox("The funnel worked backwards")
        self.funnel_table = QTableWidget(len(PLANNED_STAGES), 3)
        name(self.funnel_table, "funnelTable", "Funnel: needed and actual")
        self.funnel_table.setHorizontalHeaderLabels(["Needed", "This month so far", "Last month"])
        self.funnel_table.setVerticalHeaderLabels([s.label for s in PLANNED_STAGES])
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
        self.month_label.setText(month.label)
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
            else "Not saved yet: these are defaults carried over. Save to make them this "
            "month's targets."
        )
        self._mode_changed()
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        picture = self._services.planning.picture(self.month)
        self._fill_funnel(picture)
        self._fill_agreement(picture)
        self._fill_insight()
        self._draw_charts(picture)

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
                    errors[field] = f"{field.replace('_', ' ').capitalize()} is required"
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
                QMessageBox.warning(self, "Targets not saved", "\n".join(unplaced))
            return
        self.show_month(self.month)

    def fill_rates(self) -> None:
        rates = self._services.planning.rates_from_actuals(self.month)
        for step, spin in self.rate_edits.items():
            spin.setValue(float(rates[step]))
        self.target_note.setText("Rates filled from the last 3 months' actuals; save to keep them.")

    def _fill_funnel(self, picture: MonthPicture) -> None:
        for row, stage in enumerate(PLANNED_STAGES):
            need = picture.needed[stage]
            cells = (need.count, picture.actual[stage], picture.previous_actual[stage])
            for column, value in enumerate(cells):
                item = QTableWidgetItem(f"{value:,}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 0:
                    item.setToolTip(need.explanation)
                self.funnel_table.setItem(row, column, item)

    def _fill_agreement(self, picture: MonthPicture) -> None:
        mqls = picture.actual[Stage.MQL]
        customers = picture.actual[Stage.CUSTOMER]
        today = self._services.planning.today()
        self.agreement_label.setText(
            f"<p><b>Marketing owes {picture.marketing_owes_mql:,} MQLs</b> this month "
            f"({mqls:,} so far, {pace(mqls, picture.marketing_owes_mql, self.month, today)}).</p>"
            f"<p><b>Sales owes {picture.sales_owes_customers:,} customers</b> from the "
            f"{picture.sales_accepts_sql:,} SQLs it accepts ({customers:,} so far, "
            f"{pace(customers, picture.sales_owes_customers, self.month, today)}).</p>"
            f"<p>Sales follows up a new SQL within {picture.sql_follow_up_days} days and makes "
            f"at least {picture.min_contacts_before_lost} contacts before marking a lead "
            "lost.</p>"
        )
        self.breaches_list.clear()
        if not picture.breaches:
            self.breaches_list.addItem("None: both hats kept the agreement.")
        for breach in picture.breaches:
            self.breaches_list.addItem(f"{breach.lead_name}: {breach.detail}")

    def _draw_charts(self, picture: MonthPicture) -> None:
        from funnelplanner.reports import charts

        palette = chart_palette()  # light or dark, as the window is drawn
        planning = self._services.planning
        self.funnel_canvas.show_figure(charts.funnel_chart(picture, palette))
        self.trend_canvas.show_figure(charts.trend_chart(planning.trend(self.month), palette))
        self.channel_canvas.show_figure(charts.channel_chart(planning.by_source(), palette))
        to_close = planning.contacts_to_close()
        self.contacts_canvas.show_figure(
            charts.contacts_to_close_chart(to_close.won_contacts, to_close.median, palette)
        )
