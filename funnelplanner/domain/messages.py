"""Messages the core builds for a person to read, kept translatable without Qt.

A ``Message`` is the English text itself (so the command line, logs and tests read it as
any other string) that also remembers the template it was made from and the values put
into it; the window looks the template up in its catalogue and fills the same values in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# lupdate collects every ``QT_TRANSLATE_NOOP(CONTEXT, "...")`` it reads, in any module.
CONTEXT = "Messages"


class Message(str):
    """English text that still knows its ``template``, ``values`` and the catalogue
    ``context`` its translation is found in."""

    template: str
    values: Mapping[str, object]
    context: str

    def __new__(
        cls, template: str, values: Mapping[str, object], context: str = CONTEXT
    ) -> Message:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = dict(values)
        made.context = context
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # Copied and pickled messages stay messages. Made again from these three alone
        # (not also from a copy of the attributes): an import's worker processes send
        # back tens of thousands.
        return (Message, (self.template, self.values, self.context))


def message(template: str, /, **values: object) -> Message:
    """The message ``template`` filled with ``values`` (``str.format`` placeholders)."""
    return Message(template, values)


def term(context: str, text: str) -> Message:
    """One of the product's fixed words ("Lead", "Sales") as a part of a message; the
    window finds it in ``context``, where it translates the word everywhere else."""
    return Message(text, {}, context)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate in ``context``; the window translates it when shown."""
    return text


def about(label: str, problem: str) -> Message:
    """A field's name and what is wrong with it ("Name" "is required"), both translatable:
    ``label`` a marked template, ``problem`` usually a ``Message`` itself."""
    return message(
        QT_TRANSLATE_NOOP("Messages", "{label} {problem}"), label=message(label), problem=problem
    )
