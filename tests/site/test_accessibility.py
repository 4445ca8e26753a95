"""Accessible markup on every page: landmarks, headings in order, labels, contrast.

The browser tests run axe-core on the rendered pages as well (tests/site/test_browser.py).
"""

import itertools
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

from tests.site.test_security import pages

pytestmark = pytest.mark.django_db


def soup_of(client, url: str) -> BeautifulSoup:
    return BeautifulSoup(client.get(url).content.decode(), "html.parser")


def test_every_page_has_landmarks_one_h1_and_headings_in_order(client, record):
    for url in pages(record):
        soup = soup_of(client, url)
        assert soup.html["lang"] == "en", url
        assert soup.find("header"), url
        assert soup.find("footer"), url
        assert len(soup.find_all("main")) == 1, url
        assert soup.find("nav", attrs={"aria-label": "Main"}), url
        assert soup.find("form", attrs={"role": "search"}), url
        levels = [int(tag.name[1]) for tag in soup.find_all(re.compile(r"^h[1-6]$"))]
        assert levels[0] == 1, url
        assert levels.count(1) == 1, url
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, (url, levels)


def test_the_skip_link_leads_to_the_main_content(client, record):
    soup = soup_of(client, "/")
    skip = soup.find("a", class_="skip-link")
    assert skip["href"] == "#content"
    assert soup.find("main")["id"] == "content"


def test_every_form_control_has_a_label(client, record):
    for url in pages(record):
        soup = soup_of(client, url)
        for control in soup.find_all(["input", "select", "textarea"]):
            assert control.get("id"), (url, control)
            assert soup.find("label", attrs={"for": control["id"]}), (url, control["id"])


def test_charts_have_text_equivalents(client, record):
    soup = soup_of(client, "/speakers/emma-stratton/")
    charts = soup.find_all("svg")
    assert len(charts) == 2
    for chart in charts:
        assert chart["role"] == "img"
        for label_id in chart["aria-labelledby"].split():
            assert soup.find(id=label_id).get_text(strip=True)
    captions = [caption.get_text() for caption in soup.find_all("caption")]
    assert "Calibration, in numbers" in captions
    assert "Claims by year and status" in captions


def luminance(colour: str) -> float:
    """WCAG relative luminance of a #rrggbb colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    high, low = sorted([luminance(one), luminance(other)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette() -> dict[str, str]:
    css = open(finders.find("tracker/site.css"), encoding="utf-8").read()  # noqa: SIM115
    return dict(re.findall(r"--([a-z]+):\s*(#[0-9a-fA-F]{6})", css))


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("ink", "paper"),
        ("ink", "band"),
        ("muted", "paper"),
        ("muted", "band"),
        ("link", "paper"),
        ("link", "band"),
        ("white", "link"),  # buttons
        ("white", "true"),  # badges
        ("white", "false"),
        ("white", "partly"),
        ("white", "due"),
        ("white", "open"),
        ("white", "other"),
    ],
)
def test_text_colours_meet_wcag_aa_contrast(text, background):
    colours = {**palette(), "white": "#ffffff"}
    assert contrast(colours[text], colours[background]) >= 4.5


def test_every_chart_coordinate_is_a_number(client, record):
    """A missing template value renders as nothing; a chart must never draw from nothing."""
    soup = soup_of(client, "/speakers/emma-stratton/")
    geometry = {"x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height"}
    shapes = soup.find_all(["rect", "line", "circle", "text"])
    assert shapes
    for shape in shapes:
        for name in geometry & set(shape.attrs):
            float(shape[name])  # raises on "" or any non-number
