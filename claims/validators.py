"""Limits and checks on what curators, the API and importers may store.

Every free-text field has a maximum length, enforced alike by the model's
validators (so the services, the admin, the API and the importers give the same
message) and by a database constraint (so nothing bypasses it). The maxima are
generous for real material: a quote is a few sentences, a rationale a few
paragraphs; a megabyte pasted into one is a mistake or an attack.
"""

import datetime
import re
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db.models import CheckConstraint
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone
from django.utils.deconstruct import deconstructible

QUOTE_MAX = 5_000
RATIONALE_MAX = 10_000
EXCERPT_MAX = 10_000
NOTES_MAX = 10_000
BIO_MAX = 5_000
DESCRIPTION_MAX = 2_000
REASON_MAX = 1_000
LINK_MAX = 500
LINKS_MAX = 20

# C0 controls but tab, line feed, form feed and carriage return (the characters
# real notes and transcripts carry), DEL, and the C1 controls. The importer
# refuses the same set in files.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@deconstructible
class ControlCharacterValidator:
    """Refuse invisible control characters (an escape sequence, a bell, a NUL)."""

    code = "control_character"

    def __call__(self, value: Any) -> None:
        match = _CONTROL.search(str(value))
        if match:
            raise ValidationError(
                "Remove the control character %(char)s at position %(position)s.",
                code=self.code,
                params={"char": repr(match.group()), "position": match.start() + 1},
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ControlCharacterValidator)

    def __hash__(self) -> int:
        return hash(self.code)


refuse_control_characters = ControlCharacterValidator()


def length_check(field: str, max_length: int, name: str) -> CheckConstraint:
    """A database constraint keeping ``field`` (text) at most ``max_length`` characters."""
    return CheckConstraint(condition=LessThanOrEqual(Length(field), max_length), name=name)


_url = URLValidator(schemes=["http", "https"])
# Codes of their own: a field replaces the message of a code it knows ("invalid").


def validate_url_list(value: Any) -> None:
    """A list of at most ``LINKS_MAX`` distinct http(s) URLs, each at most ``LINK_MAX`` long.

    Raises ``ValidationError`` naming the first item at fault (numbered from 1).
    """
    if not isinstance(value, list):
        raise ValidationError("Give a list of URLs.", code="not_a_list")
    if len(value) > LINKS_MAX:
        raise ValidationError(f"Give at most {LINKS_MAX} links.", code="too_many_links")
    for number, item in enumerate(value, start=1):
        if not isinstance(item, str):
            raise ValidationError(f"Link {number} is not a URL.", code="invalid_link")
        if len(item) > LINK_MAX:
            raise ValidationError(
                f"Link {number} is longer than {LINK_MAX} characters.", code="invalid_link"
            )
        try:
            _url(item)
        except ValidationError:
            raise ValidationError(
                f"Link {number} ({item[:80]!r}) is not a valid http(s) URL.", code="invalid_link"
            ) from None
    if len(set(value)) != len(value):
        raise ValidationError("A link is given twice.", code="duplicate_link")


# The earliest time zone on Earth (Kiribati's Line Islands) is UTC+14.
EARLIEST_OFFSET = datetime.timezone(datetime.timedelta(hours=14))


def latest_today() -> datetime.date:
    """The calendar date in the earliest time zone on Earth, UTC+14.

    No one anywhere can have said something on a later day, so a date after this
    one is in the future for everyone; any earlier date may be today somewhere.
    """
    return timezone.now().astimezone(EARLIEST_OFFSET).date()
