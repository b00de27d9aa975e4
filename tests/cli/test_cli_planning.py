"""The planning commands: month targets worked backwards, campaigns, and --campaign links."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., Any]

Dump = Callable[[Path], dict[str, Any]]
STAGE_KEYS = {"prospect", "lead", "mql", "sql", "customer"}
STEP_KEYS = {"prospect-lead", "lead-mql", "mql-sql", "sql-customer"}
THIS_MONTH = date.today().strftime("%Y-%m")
CAMPAIGN_KEYS = {
    "id",
    "name",
    "channel",
    "start",
    "end",
    "budget",
    "expected_leads",
    "leads",
    "mqls",
    "customers",
    "cost_per_lead",
    "cost_per_customer",
    "notes",
}


def _show(cli: Cli, month: str = "2026-12") -> dict[str, Any]:
    result = cli("target", "show", month, "--format", "json")
    assert result.code == 0, result.err
    record: dict[str, Any] = result.json()
    return record


def _campaigns(cli: Cli) -> list[dict[str, Any]]:
    result = cli("campaign", "list", "--format", "json")
    assert result.code == 0, result.err
    records: list[dict[str, Any]] = result.json()
    return records


# ---- target set


def test_worked_example_five_customers(cli: Cli) -> None:
    result = cli(
        "target",
        "set",
        "2026-12",
        "--customers",
        "5",
        "--rate",
        "sql-customer=25",
        "--rate",
        "mql-sql=50",
    )

    assert result.code == 0, result.err
    assert result.err == ""
    assert "5 customers" in result.out
    assert "20 SQLs" in result.out
    assert "40 MQLs" in result.out
    record = _show(cli)
    assert record["needed"]["sql"] == 20
    assert record["needed"]["mql"] == 40
    assert record["needed"]["customer"] == 5
    assert record["target"]["customers"] == 5
    assert record["target"]["stored"] is True
    assert record["agreement"]["marketing_owes_mql"] == 40
    assert record["agreement"]["sales_owes_customers"] == 5
    assert record["agreement"]["sales_accepts_sql"] == 20


def test_rates_not_given_keep_the_defaults(cli: Cli) -> None:
    before = _show(cli)["target"]["rates"]

    assert cli("target", "set", "2026-12", "--customers", "5", "--rate", "lead-mql=30").code == 0

    rates = _show(cli)["target"]["rates"]
    assert rates["lead-mql"] == 30
    assert {k: v for k, v in rates.items() if k != "lead-mql"} == {
        k: v for k, v in before.items() if k != "lead-mql"
    }


def test_rates_not_given_keep_the_months_current_rates(cli: Cli) -> None:
    assert cli("target", "set", "2026-11", "--customers", "2", "--rate", "lead-mql=30").code == 0
    assert cli("target", "set", "2026-12", "--customers", "2", "--rate", "mql-sql=60").code == 0
    assert cli("target", "set", "2026-12", "--customers", "4").code == 0

    rates = _show(cli)["target"]["rates"]
    assert rates["lead-mql"] == 30  # carried over from November
    assert rates["mql-sql"] == 60  # the month's own, kept when set again
    assert _show(cli)["target"]["customers"] == 4


def test_revenue_over_deal_value_rounds_customers_up(cli: Cli) -> None:
    result = cli("target", "set", "2026-12", "--revenue", "4500", "--deal-value", "1000")

    assert result.code == 0, result.err
    assert "5 customers" in result.out
    record = _show(cli)
    assert record["target"]["customers"] is None
    assert record["target"]["revenue"] == 4500
    assert record["target"]["deal_value"] == 1000
    assert record["needed"]["customer"] == 5


def test_customers_with_deal_value_are_kept(cli: Cli) -> None:
    result = cli("target", "set", "2026-12", "--customers", "3", "--deal-value", "250")
    assert result.code == 0, result.err
    record = _show(cli)
    assert (record["target"]["customers"], record["target"]["deal_value"]) == (3, 250)


def test_rate_accepts_percent_sign_and_decimals(cli: Cli) -> None:
    result = cli("target", "set", "2026-12", "--customers", "5", "--rate", "lead-mql=33.3%")
    assert result.code == 0, result.err
    assert _show(cli)["target"]["rates"]["lead-mql"] == pytest.approx(33.3)
    assert _show(cli)["needed"]["lead"] == 121  # 40 MQLs / 33.3 %, rounded up


def test_setting_a_target_again_replaces_it(cli: Cli, db_path: Path, dump: Dump) -> None:
    assert cli("target", "set", "2026-12", "--customers", "5").code == 0
    assert cli("target", "set", "2026-12", "--customers", "8").code == 0
    assert _show(cli)["target"]["customers"] == 8
    assert len(dump(db_path)["month_targets"]) == 1


INVALID_TARGETS: list[tuple[tuple[str, ...], str]] = [
    (("2026-13", "--customers", "5"), "month"),
    (("2026-00", "--customers", "5"), "month"),
    (("December", "--customers", "5"), "month"),
    (("2026-12-01", "--customers", "5"), "month"),
    (("2026-12", "--customers", "-1"), "--customers"),
    (("2026-12", "--customers", "five"), "--customers"),
    (("2026-12", "--customers", "2000000"), "--customers"),
    (("2026-12",), "--customers"),
    (("2026-12", "--customers", "5", "--revenue", "100", "--deal-value", "10"), "--revenue"),
    (("2026-12", "--revenue", "100"), "--deal-value"),
    (("2026-12", "--revenue", "-100", "--deal-value", "10"), "--revenue"),
    (("2026-12", "--revenue", "lots", "--deal-value", "10"), "--revenue"),
    (("2026-12", "--revenue", "100", "--deal-value", "0"), "--deal-value"),
    (("2026-12", "--revenue", "100", "--deal-value", "-5"), "--deal-value"),
    (("2026-12", "--customers", "5", "--rate", "lead-mql=0"), "--rate lead-mql"),
    (("2026-12", "--customers", "5", "--rate", "sql-customer=0%"), "--rate sql-customer"),
    (("2026-12", "--customers", "5", "--rate", "mql-sql=101"), "--rate mql-sql"),
    (("2026-12", "--customers", "5", "--rate", "prospect-lead=-10"), "--rate prospect-lead"),
    (("2026-12", "--customers", "5", "--rate", "lead-mql=abc"), "--rate lead-mql"),
    (("2026-12", "--customers", "5", "--rate", "lead-mql="), "--rate lead-mql"),
    (("2026-12", "--customers", "5", "--rate", "lead-mql"), "--rate"),
    (("2026-12", "--customers", "5", "--rate", "40"), "--rate"),
    (("2026-12", "--customers", "5", "--rate", "lead-sql=40"), "--rate"),
    (
        ("2026-12", "--customers", "5", "--rate", "lead-mql=30", "--rate", "lead-mql=40"),
        "--rate lead-mql",
    ),
    (("2026-12", "--customers", "5", "--rate"), "--rate"),
    (("--customers", "5"), "MONTH"),
]


@pytest.mark.parametrize(
    ("args", "names"), INVALID_TARGETS, ids=[" ".join(a) for a, _ in INVALID_TARGETS]
)
def test_invalid_target_exits_2_with_one_line_and_writes_nothing(
    cli: Cli, seeded: Path, dump: Dump, args: tuple[str, ...], names: str
) -> None:
    assert cli("target", "set", "2026-11", "--customers", "2").code == 0
    before = dump(seeded)

    result = cli("target", "set", *args)

    assert result.code == 2
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert result.err_lines[0].startswith("funnelplanner")
    assert names.lower() in result.err_lines[0].lower()
    assert dump(seeded) == before


def test_bad_rate_names_the_step_not_another(cli: Cli, seeded: Path) -> None:
    result = cli("target", "set", "2026-12", "--customers", "5", "--rate", "mql-sql=0")
    assert "--rate mql-sql" in result.err
    for other in ("prospect-lead:", "lead-mql:", "sql-customer:"):
        assert other not in result.err


def test_refused_target_on_a_new_database_leaves_no_file(cli: Cli, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite"
    result = cli("target", "set", "2026-12", "--customers", "5", "--rate", "x=1", db=fresh)
    assert result.code == 2
    assert not fresh.exists()


# ---- target show


def test_target_show_json_shape_with_no_target(cli: Cli) -> None:
    record = _show(cli)

    assert set(record) >= {
        "month",
        "target",
        "needed",
        "actual",
        "actual_rates",
        "previous_actual",
        "agreement",
    }
    assert record["month"] == "2026-12"
    target = record["target"]
    assert set(target) >= {"customers", "revenue", "deal_value", "rates", "stored"}
    assert target["stored"] is False
    assert target["customers"] is None
    assert set(target["rates"]) == STEP_KEYS
    assert all(isinstance(v, int | float) and v > 0 for v in target["rates"].values())
    for key in ("needed", "actual", "previous_actual"):
        assert set(record[key]) == STAGE_KEYS
        assert all(isinstance(v, int) and not isinstance(v, bool) for v in record[key].values())
    assert record["needed"] == dict.fromkeys(STAGE_KEYS, 0)
    assert set(record["actual_rates"]) == STEP_KEYS
    assert record["actual_rates"] == dict.fromkeys(STEP_KEYS)  # nothing happened: null
    agreement = record["agreement"]
    assert set(agreement) >= {
        "marketing_owes_mql",
        "sales_owes_customers",
        "sales_accepts_sql",
        "sql_follow_up_days",
        "min_contacts_before_lost",
        "breaches",
    }
    assert agreement["breaches"] == []
    assert isinstance(agreement["sql_follow_up_days"], int)
    assert isinstance(agreement["min_contacts_before_lost"], int)


def test_target_show_counts_this_months_actuals(cli: Cli, seeded: Path) -> None:
    # The seed adds Ann as a lead and Bob as a prospect this month.
    assert cli("lead", "stage", "1", "mql").code == 0

    record = _show(cli, THIS_MONTH)

    assert record["actual"] == {"prospect": 2, "lead": 1, "mql": 1, "sql": 0, "customer": 0}
    assert record["actual_rates"]["prospect-lead"] == 50
    assert record["actual_rates"]["lead-mql"] == 100
    assert record["actual_rates"]["mql-sql"] == 0
    assert record["actual_rates"]["sql-customer"] is None
    assert sum(record["previous_actual"].values()) == 0


def test_target_show_lists_breaches(cli: Cli, seeded: Path) -> None:
    # Bob had no contacts: lost too soon by the agreement (at least 3 contacts by default).
    assert cli("lead", "stage", "2", "lost", "--reason", "no answer").code == 0

    breaches = _show(cli, THIS_MONTH)["agreement"]["breaches"]

    assert len(breaches) == 1
    breach = breaches[0]
    assert set(breach) >= {"lead_id", "lead", "rule", "detail", "when"}
    assert (breach["lead_id"], breach["lead"], breach["rule"]) == (2, "Bob Baker", "lost_contacts")
    assert "0 contacts" in breach["detail"]
    assert breach["when"].startswith(THIS_MONTH)

    text = cli("target", "show", THIS_MONTH)
    assert text.code == 0, text.err
    assert "Bob Baker" in text.out


def test_target_show_text_has_table_and_agreement_sentences(cli: Cli) -> None:
    assert (
        cli(
            "target",
            "set",
            "2026-12",
            "--customers",
            "5",
            "--rate",
            "sql-customer=25",
            "--rate",
            "mql-sql=50",
        ).code
        == 0
    )
    result = cli("target", "show", "2026-12")

    assert result.code == 0, result.err
    assert result.err == ""
    out = result.out
    assert "Needed" in out and "Actual" in out
    lines = {line.split()[0]: line.split() for line in out.splitlines() if line.strip()}
    assert lines["SQL"][1:] == ["20", "0", "0"]
    assert lines["MQL"][1:] == ["40", "0", "0"]
    assert lines["Customer"][1:] == ["5", "0", "0"]
    assert "Marketing owes 40 MQLs this month" in out
    assert "Sales owes 5 customers from the SQLs it accepts" in out
    assert (
        "Sales follows up a new SQL within 2 days and makes at least 3 contacts "
        "before marking a lead lost"
    ) in out


def test_target_show_is_the_default_format_text(cli: Cli) -> None:
    assert (
        cli("target", "show", "2026-12", "--format", "text").out
        == cli("target", "show", "2026-12").out
    )


def test_target_show_writes_nothing(cli: Cli, seeded: Path, dump: Dump) -> None:
    before = dump(seeded)
    assert cli("target", "show", "2026-12").code == 0
    assert cli("target", "show", "2026-12", "--format", "json").code == 0
    assert dump(seeded) == before


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (("2026-13",), "month"),
        (("soon",), "month"),
        (("2026-12", "--format", "yaml"), "--format"),
        ((), "MONTH"),
    ],
)
def test_invalid_target_show_exits_2(
    cli: Cli, seeded: Path, dump: Dump, args: tuple[str, ...], names: str
) -> None:
    before = dump(seeded)
    result = cli("target", "show", *args)
    assert result.code == 2
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert names.lower() in result.err_lines[0].lower()
    assert dump(seeded) == before


# ---- campaigns


def test_campaign_add_prints_id_and_lists_it(cli: Cli) -> None:
    first = cli(
        "campaign",
        "add",
        "--name",
        "Spring ads",
        "--channel",
        "ads",
        "--start",
        "2026-03-01",
        "--end",
        "2026-03-31",
        "--budget",
        "1,200.50",
        "--expected-leads",
        "40",
        "--notes",
        "Search only",
    )
    second = cli("campaign", "add", "--name", "Newsletter", "--channel", "newsletter")

    assert (first.code, first.out, first.err) == (0, "1\n", "")
    assert (second.code, second.out) == (0, "2\n")
    by_id = {c["id"]: c for c in _campaigns(cli)}
    spring = by_id[1]
    assert set(spring) == CAMPAIGN_KEYS
    assert spring["name"] == "Spring ads"
    assert spring["channel"] == "ads"
    assert (spring["start"], spring["end"]) == ("2026-03-01", "2026-03-31")
    assert spring["budget"] == 1200.5
    assert spring["expected_leads"] == 40
    assert spring["notes"] == "Search only"
    assert (spring["leads"], spring["mqls"], spring["customers"]) == (0, 0, 0)
    assert spring["cost_per_lead"] is None
    assert spring["cost_per_customer"] is None
    assert by_id[2]["budget"] is None
    assert by_id[2]["start"] is None


@pytest.mark.parametrize("channel", ["blog_seo", "Blog-SEO", "direct mail", "OTHER"])
def test_campaign_channel_words(cli: Cli, channel: str) -> None:
    assert cli("campaign", "add", "--name", "C", "--channel", channel).code == 0


def test_campaign_stats_count_leads_mqls_customers_and_costs(cli: Cli) -> None:
    assert cli("campaign", "add", "--name", "Fair", "--channel", "event", "--budget", "300").out
    for name, stage in (("A", "lead"), ("B", "mql"), ("C", "customer")):
        assert cli("lead", "add", "--name", name, "--stage", stage, "--campaign", "1").code == 0
    assert cli("lead", "add", "--name", "Not attributed").code == 0

    (fair,) = _campaigns(cli)

    assert (fair["leads"], fair["mqls"], fair["customers"]) == (3, 2, 1)
    assert fair["cost_per_lead"] == 100
    assert fair["cost_per_customer"] == 300


def test_campaign_list_formats(cli: Cli) -> None:
    empty = cli("campaign", "list")
    assert (empty.code, empty.out.strip()) == (0, "(none)")
    empty_csv = cli("campaign", "list", "--format", "csv")
    assert set(csv.DictReader(io.StringIO(empty_csv.out)).fieldnames or []) == CAMPAIGN_KEYS
    assert cli("campaign", "list", "--format", "json").json() == []

    assert cli("campaign", "add", "--name", 'Ads, "big"', "--channel", "ads").code == 0

    table = cli("campaign", "list")
    assert table.code == 0, table.err
    header = table.out.splitlines()[0]
    for column in ("ID", "NAME", "CHANNEL", "LEADS", "MQLS", "CUSTOMERS", "COST_PER_LEAD"):
        assert column in header
    assert 'Ads, "big"' in table.out
    rows = list(csv.DictReader(io.StringIO(cli("campaign", "list", "--format", "csv").out)))
    assert [(r["id"], r["name"], r["channel"], r["leads"]) for r in rows] == [
        ("1", 'Ads, "big"', "ads", "0")
    ]


INVALID_CAMPAIGNS: list[tuple[tuple[str, ...], str]] = [
    (("--name", "X", "--channel", "pigeon"), "--channel"),
    (("--name", "X"), "--channel"),
    (("--channel", "ads"), "--name"),
    (("--name", "", "--channel", "ads"), "--name"),
    (("--name", "X", "--channel", "ads", "--budget", "-5"), "--budget"),
    (("--name", "X", "--channel", "ads", "--budget", "lots"), "--budget"),
    (("--name", "X", "--channel", "ads", "--expected-leads", "-3"), "--expected-leads"),
    (("--name", "X", "--channel", "ads", "--expected-leads", "many"), "--expected-leads"),
    (("--name", "X", "--channel", "ads", "--start", "2026-02-30"), "--start"),
    (("--name", "X", "--channel", "ads", "--end", "next week"), "--end"),
    (
        ("--name", "X", "--channel", "ads", "--start", "2026-03-10", "--end", "2026-03-01"),
        "--end",
    ),
]


@pytest.mark.parametrize(
    ("args", "names"), INVALID_CAMPAIGNS, ids=[" ".join(a) for a, _ in INVALID_CAMPAIGNS]
)
def test_invalid_campaign_exits_2_with_one_line_and_writes_nothing(
    cli: Cli, seeded: Path, dump: Dump, args: tuple[str, ...], names: str
) -> None:
    before = dump(seeded)

    result = cli("campaign", "add", *args)

    assert result.code == 2
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert result.err_lines[0].startswith("funnelplanner")
    assert names in result.err_lines[0]
    assert dump(seeded) == before


def test_campaign_list_bad_format(cli: Cli, seeded: Path, dump: Dump) -> None:
    before = dump(seeded)
    result = cli("campaign", "list", "--format", "xml")
    assert result.code == 2
    assert len(result.err_lines) == 1
    assert "--format" in result.err
    assert dump(seeded) == before


# ---- --campaign on leads, contacts and tasks


def test_campaign_links_on_lead_contact_and_task(cli: Cli) -> None:
    assert cli("campaign", "add", "--name", "Webinar", "--channel", "webinar").out == "1\n"

    lead = cli("lead", "add", "--name", "Cy", "--campaign", "1")
    contact = cli(
        "contact", "add", "1", "--hat", "marketing", "--channel", "email", "--campaign", "1"
    )
    task = cli("task", "add", "--hat", "marketing", "--title", "Slides", "--campaign", "1")

    assert (lead.code, contact.code, task.code) == (0, 0, 0), lead.err + contact.err + task.err
    shown = cli("lead", "show", "1", "--format", "json").json()
    assert shown["campaign_id"] == 1
    assert shown["campaign"] == "Webinar"
    assert shown["contacts"][0]["campaign_id"] == 1
    assert "Webinar" in cli("lead", "show", "1").out
    (listed,) = cli("task", "list", "--format", "json").json()
    assert (listed["campaign_id"], listed["campaign"]) == (1, "Webinar")
    assert _campaigns(cli)[0]["leads"] == 1


UNKNOWN_CAMPAIGN: list[tuple[str, ...]] = [
    ("lead", "add", "--name", "Cy", "--campaign", "9"),
    ("contact", "add", "1", "--hat", "sales", "--channel", "phone", "--campaign", "9"),
    ("task", "add", "--hat", "sales", "--title", "Call", "--campaign", "9"),
    ("lead", "add", "--name", "Cy", "--campaign", "abc"),
    ("contact", "add", "1", "--hat", "sales", "--channel", "phone", "--campaign", "0"),
    ("task", "add", "--hat", "sales", "--title", "Call", "--campaign", "x"),
]


@pytest.mark.parametrize("args", UNKNOWN_CAMPAIGN, ids=" ".join)
def test_unknown_campaign_exits_2_naming_the_flag(
    cli: Cli, seeded: Path, dump: Dump, args: tuple[str, ...]
) -> None:
    assert cli("campaign", "add", "--name", "Only", "--channel", "ads").code == 0
    before = dump(seeded)

    result = cli(*args)

    assert result.code == 2
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert "--campaign" in result.err_lines[0]
    assert dump(seeded) == before


def test_unknown_campaign_on_a_new_database_leaves_no_file(cli: Cli, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite"
    result = cli("lead", "add", "--name", "Cy", "--campaign", "1", db=fresh)
    assert result.code == 2
    assert "--campaign" in result.err
    assert not fresh.exists()
