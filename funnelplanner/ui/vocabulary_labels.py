"""The product's fixed words (stages, hats, channels, import fields...) as the screen shows them.

The domain keeps English labels for the CLI and the stored history; the screen translates
them here. Each literal is marked with QT_TRANSLATE_NOOP, in the enum's own context, so
lupdate finds it.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from funnelplanner.domain.lead_fields import LeadField
from funnelplanner.domain.planning_models import CampaignChannel
from funnelplanner.domain.vocabulary import Channel, Direction, Hat, Stage
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP

LABELS: dict[StrEnum, str] = {
    Stage.PROSPECT: QT_TRANSLATE_NOOP("Stage", "Prospect"),
    Stage.LEAD: QT_TRANSLATE_NOOP("Stage", "Lead"),
    Stage.MQL: QT_TRANSLATE_NOOP("Stage", "MQL"),
    Stage.SQL: QT_TRANSLATE_NOOP("Stage", "SQL"),
    Stage.CUSTOMER: QT_TRANSLATE_NOOP("Stage", "Customer"),
    Stage.PROMOTER: QT_TRANSLATE_NOOP("Stage", "Promoter"),
    Stage.LOST: QT_TRANSLATE_NOOP("Stage", "Lost"),
    Hat.MARKETING: QT_TRANSLATE_NOOP("Hat", "Marketing"),
    Hat.SALES: QT_TRANSLATE_NOOP("Hat", "Sales"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Channel", "Phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Channel", "Email"),
    Channel.TEXT: QT_TRANSLATE_NOOP("Channel", "Text"),
    Channel.MEETING: QT_TRANSLATE_NOOP("Channel", "Meeting"),
    Channel.VIDEO_CALL: QT_TRANSLATE_NOOP("Channel", "Video call"),
    Channel.SOCIAL: QT_TRANSLATE_NOOP("Channel", "Social"),
    Channel.EVENT: QT_TRANSLATE_NOOP("Channel", "Event"),
    Channel.NEWSLETTER: QT_TRANSLATE_NOOP("Channel", "Newsletter"),
    Channel.AD: QT_TRANSLATE_NOOP("Channel", "Ad"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Channel", "Other"),
    Direction.OUTBOUND: QT_TRANSLATE_NOOP("Direction", "Outbound"),
    Direction.INBOUND: QT_TRANSLATE_NOOP("Direction", "Inbound"),
    CampaignChannel.NEWSLETTER: QT_TRANSLATE_NOOP("CampaignChannel", "Newsletter"),
    CampaignChannel.ADS: QT_TRANSLATE_NOOP("CampaignChannel", "Ads"),
    CampaignChannel.BLOG_SEO: QT_TRANSLATE_NOOP("CampaignChannel", "Blog / SEO"),
    CampaignChannel.SOCIAL: QT_TRANSLATE_NOOP("CampaignChannel", "Social"),
    CampaignChannel.WEBINAR: QT_TRANSLATE_NOOP("CampaignChannel", "Webinar"),
    CampaignChannel.EVENT: QT_TRANSLATE_NOOP("CampaignChannel", "Event"),
    CampaignChannel.DIRECT_MAIL: QT_TRANSLATE_NOOP("CampaignChannel", "Direct mail"),
    CampaignChannel.REFERRAL: QT_TRANSLATE_NOOP("CampaignChannel", "Referral"),
    CampaignChannel.OTHER: QT_TRANSLATE_NOOP("CampaignChannel", "Other"),
    LeadField.NAME: QT_TRANSLATE_NOOP("LeadField", "Name"),
    LeadField.FIRST_NAME: QT_TRANSLATE_NOOP("LeadField", "First name"),
    LeadField.LAST_NAME: QT_TRANSLATE_NOOP("LeadField", "Last name"),
    LeadField.COMPANY: QT_TRANSLATE_NOOP("LeadField", "Company"),
    LeadField.EMAIL: QT_TRANSLATE_NOOP("LeadField", "Email"),
    LeadField.PHONE: QT_TRANSLATE_NOOP("LeadField", "Phone"),
    LeadField.WEBSITE: QT_TRANSLATE_NOOP("LeadField", "Website"),
    LeadField.SOURCE: QT_TRANSLATE_NOOP("LeadField", "Source"),
    LeadField.STAGE: QT_TRANSLATE_NOOP("LeadField", "Stage"),
    LeadField.VALUE: QT_TRANSLATE_NOOP("LeadField", "Value"),
    LeadField.NOTES: QT_TRANSLATE_NOOP("LeadField", "Notes"),
    LeadField.CREATED: QT_TRANSLATE_NOOP("LeadField", "Created date"),
    LeadField.NEXT_FOLLOW_UP: QT_TRANSLATE_NOOP("LeadField", "Next follow-up"),
    LeadField.CAMPAIGN: QT_TRANSLATE_NOOP("LeadField", "Campaign"),
    LeadField.CONTACT_COUNT: QT_TRANSLATE_NOOP("LeadField", "Times contacted"),
    LeadField.LAST_CONTACT: QT_TRANSLATE_NOOP("LeadField", "Last contacted"),
}

# "Sales hat" reads as one word in many languages, so it is translated whole.
HAT_TITLES: dict[Hat, str] = {
    Hat.MARKETING: QT_TRANSLATE_NOOP("Hat", "Marketing hat"),
    Hat.SALES: QT_TRANSLATE_NOOP("Hat", "Sales hat"),
}


def label(member: Stage | Hat | Channel | Direction | CampaignChannel | LeadField) -> str:
    """The member's label in the screen's language."""
    return QCoreApplication.translate(type(member).__name__, LABELS[member])


def hat_title(hat: Hat) -> str:
    """'Sales hat', 'Marketing hat' in the screen's language."""
    return QCoreApplication.translate("Hat", HAT_TITLES[hat])
