"""Field helpers and partial dates shared by the record's models."""

import calendar
import datetime

from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils.formats import date_format

from claims.choices import (
    DatePrecision,
)
from claims.validators import (
    REASON_MAX,
    refuse_control_characters,
)

# Free text on one line: refuse control characters (the length is the column's).
LINE = [refuse_control_characters]
# A retraction reason is the curator's reason behind "revised: " or "reopened: ".
RETRACTION_REASON_MAX = REASON_MAX + 20


def _text(max_length: int, **kwargs) -> models.TextField:
    """Free text of at most ``max_length`` characters, checked before saving.

    Pair it with ``length_check`` in the model's constraints, so the database
    enforces the same maximum.
    """
    return models.TextField(
        max_length=max_length,
        validators=[MaxLengthValidator(max_length), refuse_control_characters],
        **kwargs,
    )


def _choice_check(field: str, choices: type[models.TextChoices], name: str, *, blank=False):
    """A CheckConstraint that keeps ``field`` inside ``choices`` at the database level."""
    allowed = list(choices.values) + ([""] if blank else [])
    return models.CheckConstraint(condition=Q(**{f"{field}__in": allowed}), name=name)


def period_start(value: datetime.date | None, precision: str) -> datetime.date | None:
    """The first day of the period ``value`` is known to: its month's or its year's.

    A date known only to the month or year is stored as that period's first day,
    so that equal periods compare equal and the record never claims a day it does
    not know (2023-03-15 said in "March 2023" is stored as 2023-03-01).
    """
    if value is None or precision == DatePrecision.DAY:
        return value
    if precision == DatePrecision.MONTH:
        return value.replace(day=1)
    return value.replace(month=1, day=1)


def period_bounds(value: datetime.date, precision: str) -> tuple[datetime.date, datetime.date]:
    """The first and last day of the period ``value`` is known to (day, month or year)."""
    start = period_start(value, precision)
    if precision == DatePrecision.YEAR:
        return start, start.replace(month=12, day=31)
    if precision == DatePrecision.MONTH:
        return start, start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start, start


def format_partial_date(value: datetime.date | None, precision: str) -> str:
    """Show a date no finer than it is known: '2023', 'October 2022', '15 February 2023'."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year}"
    if precision == DatePrecision.MONTH:
        return date_format(value, "YEAR_MONTH_FORMAT")
    return date_format(value, "DATE_FORMAT")
