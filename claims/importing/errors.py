"""The one error an import raises for anything wrong with the file or the choices.

A message that tells the curator which choice to make names it as
``{choice example}`` (``{speaker Maya Chenn=maya-chen}``): the command shows
the option (``--speaker 'Maya Chenn=maya-chen'``), the upload page the field
(“Speakers” (“Maya Chenn = maya-chen”)), so each surface speaks its own words.
"""

import re

# Each choice: the command's option, and the upload page's field.
CHOICES = {
    "speaker": ("--speaker", "“Speakers”"),
    "default_speaker": ("--speaker", "“Default speaker”"),
    "section_date": ("--section-date", "the section's date in the preview"),
    "section_source": ("--section-source", "the section's source in the preview"),
    "source_id": ("--source-id", "“Source”"),
    "source_title": ("--source-title", "“Source title”"),
    "published_on": ("--published-on", "“Published on”"),
}
_CHOICE = re.compile(r"\{(?P<name>[a-z_]+)(?: (?P<example>[^{}]+))?\}")
COMMAND, PAGE = "command", "page"


def render(text: str, surface: str = COMMAND) -> str:
    """``text`` with each ``{choice example}`` in the words of ``surface`` (COMMAND or PAGE)."""

    def one(match: re.Match) -> str:
        if match["name"] not in CHOICES:  # braces in the document's own words
            return match.group()
        option, field = CHOICES[match["name"]]
        example = match["example"]
        if surface == COMMAND:
            return f"{option} '{example}'" if example else option
        if not example:
            return field
        if match["name"].startswith("section_"):  # the preview's row is the section's own
            example = example.partition("=")[2]
        return f"{field} (“{example.replace('=', ' = ')}”)"

    return _CHOICE.sub(one, text)


class ImportFileError(Exception):
    """A document that cannot be imported, with the line it went wrong on when known.

    ``str()`` gives the message as the command shows it; ``on_page()`` as the
    upload page does.
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(self._text(COMMAND))

    def _text(self, surface: str) -> str:
        text = render(self.message, surface)
        return f"Line {self.line}: {text}" if self.line else text

    def on_page(self) -> str:
        return self._text(PAGE)
