"""The demo business as plain data: a month of a one-person web studio's leads and work.

Times are counted back from today ("days ago") so the stage histories and contacts are
always in the past; due dates count forward or back from today and are then kept inside
the current month, so the month's plan always has follow-ups and tasks to show.
"""

from __future__ import annotations

from dataclasses import dataclass

from funnelplanner.domain.planning_models import CampaignChannel
from funnelplanner.domain.vocabulary import Channel, Direction, Hat, Stage

BUSINESS_NAME = "Harbour Lane Web Studio (demo)"

# What the month's target asks for: revenue over the average deal gives 4 customers.
TARGET_REVENUE = "12000"
TARGET_DEAL_VALUE = "3000"
TARGET_RATES = {"prospect-lead": 25, "lead-mql": 40, "mql-sql": 50, "sql-customer": 50}


@dataclass(frozen=True)
class DemoCampaign:
    key: str
    name: str
    channel: CampaignChannel
    start_days_ago: int
    end_days_ahead: int
    budget: str
    expected_leads: str
    notes: str = ""


@dataclass(frozen=True)
class DemoContact:
    days_ago: int
    hour: int
    hat: Hat
    channel: Channel
    direction: Direction
    outcome: str
    note: str = ""


@dataclass(frozen=True)
class DemoLead:
    name: str
    company: str
    email: str
    phone: str
    source: str
    value: str
    # (stage, days ago, hour): the first entry is when the lead was created.
    stages: tuple[tuple[Stage, int, int], ...]
    contacts: tuple[DemoContact, ...] = ()
    campaign: str | None = None
    follow_up_in_days: int | None = None
    criteria_met: tuple[str, ...] = ()
    notes: str = ""
    lost_reason: str = ""


@dataclass(frozen=True)
class DemoTask:
    title: str
    hat: Hat
    due_in_days: int
    done: bool = False
    lead: str | None = None  # a DemoLead's name
    campaign: str | None = None  # a DemoCampaign's key
    notes: str = ""


ALL_CRITERIA = ("Budget", "Authority", "Need", "Timing")

M, S = Hat.MARKETING, Hat.SALES
OUT, IN = Direction.OUTBOUND, Direction.INBOUND
P, L, MQL, SQL, WON, FAN, LOST = (
    Stage.PROSPECT,
    Stage.LEAD,
    Stage.MQL,
    Stage.SQL,
    Stage.CUSTOMER,
    Stage.PROMOTER,
    Stage.LOST,
)

CAMPAIGNS: tuple[DemoCampaign, ...] = (
    DemoCampaign(
        "newsletter",
        "Monthly newsletter: 5 quick website fixes",
        CampaignChannel.NEWSLETTER,
        24,
        6,
        "40",
        "6",
        "Sent to 1,200 subscribers; the checklist link is the call to action.",
    ),
    DemoCampaign(
        "ads",
        "Local search ads for small shops",
        CampaignChannel.ADS,
        20,
        10,
        "350",
        "8",
        "Targets 'website for my shop' searches within 30 km.",
    ),
    DemoCampaign(
        "webinar",
        "Webinar: is your website losing you customers?",
        CampaignChannel.WEBINAR,
        12,
        0,
        "0",
        "5",
        "45 minutes live, recording sent to everyone who signed up.",
    ),
    DemoCampaign(
        "referral",
        "Thank-you cards to past clients",
        CampaignChannel.REFERRAL,
        34,
        -4,
        "60",
        "3",
        "Handwritten cards with two referral vouchers each.",
    ),
)


def _c(
    days_ago: int,
    hour: int,
    hat: Hat,
    channel: Channel,
    direction: Direction,
    outcome: str,
    note: str = "",
) -> DemoContact:
    return DemoContact(days_ago, hour, hat, channel, direction, outcome, note)


LEADS: tuple[DemoLead, ...] = (
    # Prospects: reached by marketing, no details left yet.
    DemoLead(
        "Priya Natarajan",
        "Saffron Kitchen",
        "",
        "",
        "Local search ads",
        "",
        ((P, 6, 11),),
        (_c(6, 11, M, Channel.AD, IN, "Clicked the ad, read the pricing page"),),
        campaign="ads",
    ),
    DemoLead(
        "Tomasz Wójcik",
        "Wójcik Carpentry",
        "",
        "",
        "Webinar",
        "",
        ((P, 12, 17),),
        (_c(12, 17, M, Channel.EVENT, IN, "Signed up for the webinar, did not attend"),),
        campaign="webinar",
    ),
    DemoLead(
        "Hannah Cole",
        "Cole & Daughters Bakery",
        "",
        "",
        "Instagram",
        "",
        ((P, 3, 9),),
        (_c(3, 9, M, Channel.SOCIAL, IN, "Liked three posts, asked about prices in a comment"),),
    ),
    # Leads: left contact details.
    DemoLead(
        "Marcus Reid",
        "Reid Physiotherapy",
        "marcus@reidphysio.example",
        "+1 415 555 0142",
        "Newsletter",
        "2400",
        ((P, 22, 10), (L, 20, 14)),
        (
            _c(20, 14, M, Channel.NEWSLETTER, IN, "Downloaded the website checklist"),
            _c(9, 10, M, Channel.EMAIL, OUT, "Sent the case study of a clinic site"),
        ),
        campaign="newsletter",
        follow_up_in_days=-2,
        criteria_met=("Need",),
    ),
    DemoLead(
        "Elena Rossi",
        "Rossi Interiors",
        "elena@rossiinteriors.example",
        "+1 415 555 0187",
        "Local search ads",
        "3500",
        ((L, 9, 15),),
        (
            _c(9, 15, M, Channel.AD, IN, "Filled in the contact form from the ad"),
            _c(8, 10, M, Channel.EMAIL, OUT, "Sent the portfolio and the price list"),
        ),
        campaign="ads",
        follow_up_in_days=4,
        criteria_met=("Need", "Budget"),
    ),
    DemoLead(
        "Sam Okafor",
        "Okafor Tutoring",
        "sam@okafortutoring.example",
        "",
        "Webinar",
        "1500",
        ((P, 12, 17), (L, 12, 18)),
        (
            _c(12, 18, M, Channel.EVENT, IN, "Attended the webinar, asked two questions"),
            _c(11, 9, M, Channel.EMAIL, OUT, "Sent the recording and the slides"),
        ),
        campaign="webinar",
        follow_up_in_days=6,
    ),
    DemoLead(
        "Grace Lindholm",
        "Lindholm Yoga",
        "grace@lindholmyoga.example",
        "+1 415 555 0110",
        "Newsletter",
        "1800",
        ((L, 27, 12),),
        (_c(27, 12, M, Channel.NEWSLETTER, IN, "Replied to the newsletter: 'maybe next month'"),),
        campaign="newsletter",
        notes="Teaches at two studios; wants class booking on the site.",
    ),
    DemoLead(
        "Diego Fernández",
        "Fernández Auto Repair",
        "diego@fernandezauto.example",
        "+1 415 555 0163",
        "Local search ads",
        "2800",
        ((L, 5, 16),),
        (_c(5, 16, M, Channel.AD, IN, "Called from the ad, wants online booking"),),
        campaign="ads",
        follow_up_in_days=1,
        criteria_met=("Need", "Timing"),
    ),
    DemoLead(
        "Aiko Tanaka",
        "Tanaka Ceramics",
        "aiko@tanakaceramics.example",
        "",
        "Referral: Nora Quinn",
        "2200",
        ((L, 2, 13),),
        (_c(2, 13, S, Channel.EMAIL, IN, "Wrote in after Nora recommended the studio"),),
        campaign="referral",
        follow_up_in_days=3,
    ),
    # MQLs: marketing judges them ready for sales.
    DemoLead(
        "Oliver Brandt",
        "Brandt Bikes",
        "oliver@brandtbikes.example",
        "+1 415 555 0129",
        "Local search ads",
        "4200",
        ((L, 18, 10), (MQL, 12, 15)),
        (
            _c(18, 10, M, Channel.AD, IN, "Contact form: shop website with stock list"),
            _c(15, 11, M, Channel.EMAIL, OUT, "Sent the online-shop guide"),
            _c(12, 15, M, Channel.VIDEO_CALL, OUT, "20-minute intro call: budget confirmed"),
            _c(5, 10, M, Channel.EMAIL, OUT, "Sent three example shop sites"),
        ),
        campaign="ads",
        follow_up_in_days=0,
        criteria_met=("Need", "Budget"),
    ),
    DemoLead(
        "Fatima Haddad",
        "Haddad Family Dental",
        "fatima@haddaddental.example",
        "+1 415 555 0175",
        "Newsletter",
        "5000",
        ((L, 25, 9), (MQL, 10, 14)),
        (
            _c(25, 9, M, Channel.NEWSLETTER, IN, "Downloaded the checklist"),
            _c(10, 14, M, Channel.EMAIL, OUT, "Booked a call for after the holidays"),
        ),
        campaign="newsletter",
        criteria_met=("Need", "Budget", "Authority"),
        notes="Two dentists in the practice; the partner signs off on spending.",
    ),
    DemoLead(
        "Ben Whitaker",
        "Whitaker Law",
        "ben@whitakerlaw.example",
        "+1 415 555 0191",
        "Webinar",
        "3800",
        ((L, 12, 18), (MQL, 4, 11)),
        (
            _c(12, 18, M, Channel.EVENT, IN, "Attended the webinar"),
            _c(4, 11, M, Channel.PHONE, OUT, "Needs a new site before the spring"),
        ),
        campaign="webinar",
        follow_up_in_days=5,
        criteria_met=("Need", "Timing"),
    ),
    DemoLead(
        "Chloé Martin",
        "Martin Florist",
        "chloe@martinflorist.example",
        "",
        "Instagram",
        "1900",
        ((P, 15, 10), (L, 14, 12), (MQL, 6, 10)),
        (
            _c(14, 12, M, Channel.SOCIAL, IN, "Sent a direct message about wedding orders"),
            _c(6, 10, M, Channel.EMAIL, OUT, "Sent an example of an order form"),
        ),
        follow_up_in_days=8,
        criteria_met=("Need",),
    ),
    # SQLs: sales has taken over the conversation.
    DemoLead(
        "Rachel Adeyemi",
        "Adeyemi Accounting",
        "rachel@adeyemiaccounting.example",
        "+1 415 555 0137",
        "Referral: Nora Quinn",
        "3200",
        ((L, 21, 10), (MQL, 17, 14), (SQL, 13, 11)),
        (
            _c(21, 10, S, Channel.PHONE, IN, "Called on Nora's recommendation"),
            _c(17, 14, M, Channel.EMAIL, OUT, "Sent the accountants' case study"),
            _c(13, 11, S, Channel.MEETING, OUT, "Discovery meeting at her office"),
            _c(3, 15, S, Channel.EMAIL, OUT, "Sent the proposal: 3,200 for 6 pages"),
        ),
        campaign="referral",
        follow_up_in_days=1,
        criteria_met=ALL_CRITERIA,
    ),
    DemoLead(
        "Jonas Berg",
        "Berg Coffee Roasters",
        "jonas@bergcoffee.example",
        "+1 415 555 0158",
        "Local search ads",
        "4800",
        ((L, 19, 13), (MQL, 14, 10), (SQL, 11, 16)),
        (
            _c(19, 13, M, Channel.AD, IN, "Asked for a shop with subscriptions"),
            _c(14, 10, M, Channel.VIDEO_CALL, OUT, "Qualified: budget and timing fit"),
            _c(11, 16, S, Channel.VIDEO_CALL, OUT, "Demo of two shop sites"),
            _c(9, 10, S, Channel.EMAIL, OUT, "Proposal sent; waiting for his partner"),
        ),
        campaign="ads",
        criteria_met=ALL_CRITERIA,
        notes="Subscriptions matter more to him than the design.",
    ),
    DemoLead(
        "Mei Chen",
        "Chen Architecture",
        "mei@chenarchitecture.example",
        "+1 415 555 0104",
        "Webinar",
        "6000",
        ((L, 12, 18), (MQL, 8, 10), (SQL, 1, 15)),
        (
            _c(12, 18, M, Channel.EVENT, IN, "Attended the webinar, stayed for questions"),
            _c(8, 10, M, Channel.EMAIL, OUT, "Sent the portfolio of studio sites"),
        ),
        campaign="webinar",
        follow_up_in_days=2,
        criteria_met=ALL_CRITERIA,
        notes="Wants the site in English and Mandarin.",
    ),
    # Customers and a promoter.
    DemoLead(
        "Nora Quinn",
        "Quinn Pilates",
        "nora@quinnpilates.example",
        "+1 415 555 0120",
        "Referral",
        "2600",
        ((L, 60, 10), (MQL, 55, 10), (SQL, 50, 14), (WON, 40, 16), (FAN, 20, 12)),
        (
            _c(50, 14, S, Channel.MEETING, OUT, "Signed the proposal"),
            _c(40, 16, S, Channel.PHONE, OUT, "Site launched; very happy"),
            _c(20, 12, S, Channel.EMAIL, IN, "Sent two referrals and a review"),
        ),
        campaign="referral",
        criteria_met=ALL_CRITERIA,
    ),
    DemoLead(
        "Luis Ortega",
        "Ortega Landscaping",
        "luis@ortegalandscaping.example",
        "+1 415 555 0146",
        "Newsletter",
        "2900",
        ((L, 26, 9), (MQL, 22, 11), (SQL, 18, 14), (WON, 8, 10)),
        (
            _c(26, 9, M, Channel.NEWSLETTER, IN, "Downloaded the checklist"),
            _c(22, 11, M, Channel.PHONE, OUT, "Qualified on the phone"),
            _c(18, 14, S, Channel.MEETING, OUT, "Walked through the proposal"),
            _c(12, 10, S, Channel.EMAIL, OUT, "Answered questions on hosting"),
            _c(8, 10, S, Channel.PHONE, IN, "Said yes; deposit paid"),
        ),
        campaign="newsletter",
        follow_up_in_days=7,
        criteria_met=ALL_CRITERIA,
    ),
    DemoLead(
        "Sophie Dubois",
        "Dubois Patisserie",
        "sophie@duboispatisserie.example",
        "+1 415 555 0199",
        "Local search ads",
        "3400",
        ((L, 20, 15), (MQL, 16, 10), (SQL, 13, 14), (WON, 3, 11)),
        (
            _c(20, 15, M, Channel.AD, IN, "Wants online cake orders"),
            _c(16, 10, M, Channel.EMAIL, OUT, "Sent the order-form example"),
            _c(13, 14, S, Channel.VIDEO_CALL, OUT, "Demo and proposal"),
            _c(8, 9, S, Channel.PHONE, OUT, "Negotiated the timeline"),
            _c(3, 11, S, Channel.EMAIL, IN, "Signed"),
        ),
        campaign="ads",
        criteria_met=ALL_CRITERIA,
    ),
    # Lost, with a reason.
    DemoLead(
        "Kevin Park",
        "Park Plumbing",
        "kevin@parkplumbing.example",
        "+1 415 555 0133",
        "Local search ads",
        "2000",
        ((L, 17, 11), (MQL, 14, 9), (SQL, 10, 15), (LOST, 4, 10)),
        (
            _c(17, 11, M, Channel.AD, IN, "Asked for a quote"),
            _c(14, 9, M, Channel.PHONE, OUT, "Qualified"),
            _c(10, 15, S, Channel.MEETING, OUT, "Proposal presented"),
            _c(4, 10, S, Channel.PHONE, OUT, "Chose his nephew to build it"),
        ),
        campaign="ads",
        criteria_met=ALL_CRITERIA,
        lost_reason="Went with a relative who builds websites",
    ),
)

TASKS: tuple[DemoTask, ...] = (
    # Marketing hat
    DemoTask("Write the newsletter: spring website checklist", M, 5, campaign="newsletter"),
    DemoTask("Check the ads: cost per lead this week", M, 1, campaign="ads"),
    DemoTask("Post the webinar recording on the blog", M, -6, done=True, campaign="webinar"),
    DemoTask("Send the thank-you cards", M, -20, done=True, campaign="referral"),
    DemoTask("Update the portfolio with the Quinn Pilates site", M, -2, done=True),
    DemoTask("Draft three Instagram posts on before/after sites", M, 3),
    DemoTask("Plan next month's webinar topic", M, 12),
    # Sales hat
    DemoTask("Call Mei Chen: new SQL, first sales call", S, 0, lead="Mei Chen"),
    DemoTask("Follow up the proposal with Jonas Berg", S, -1, lead="Jonas Berg"),
    DemoTask("Send Rachel Adeyemi the revised proposal", S, 1, lead="Rachel Adeyemi"),
    DemoTask("Kick-off meeting with Sophie Dubois", S, 4, lead="Sophie Dubois"),
    DemoTask("Invoice the deposit: Luis Ortega", S, -7, done=True, lead="Luis Ortega"),
    DemoTask("Ask Nora Quinn for a short video testimonial", S, -3, done=True, lead="Nora Quinn"),
    DemoTask("Demo call with Oliver Brandt", S, 2, lead="Oliver Brandt"),
)


def contact_count() -> int:
    return sum(len(lead.contacts) for lead in LEADS)
