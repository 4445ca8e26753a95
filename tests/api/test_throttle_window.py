"""The throttles' sliding window counter: who is let through, and when to come back."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from rest_framework.test import APIRequestFactory

from claims.api.throttling import (
    AnonymousThrottle,
    seconds_until_allowed,
    sliding_estimate,
)


def anonymous(address: str):
    request = APIRequestFactory().get("/api/v1/claims/", REMOTE_ADDR=address)
    request.user = AnonymousUser()
    return request


@pytest.fixture
def at(settings):
    """Ask the anonymous throttle at these moments (seconds) from one address."""

    def ask(rate: str, moments: list[float], address: str = "192.0.2.7") -> list[bool]:
        settings.REST_FRAMEWORK = {
            **settings.REST_FRAMEWORK,
            "DEFAULT_THROTTLE_RATES": {"anon": rate, "user": rate},
        }
        cache.clear()
        answers = []
        for moment in moments:
            throttle = AnonymousThrottle()
            throttle.timer = lambda moment=moment: 1_800_000_000 + moment  # a window's start
            request = anonymous(address)
            answers.append(throttle.allow_request(request, None))
        return answers

    yield ask
    cache.clear()


@pytest.mark.parametrize(
    ("rate", "moments", "expected"),
    [
        # Within one window: the rate, then no more.
        ("3/minute", [0, 1, 2, 3, 30], [True, True, True, False, False]),
        # A burst at a window's end is not let through again as the next begins.
        ("3/minute", [57, 58, 59, 60.5, 61], [True, True, True, False, False]),
        # Once enough of the previous window has faded, requests pass again.
        ("3/minute", [57, 58, 59, 81, 82], [True, True, True, True, False]),
        # Refused requests are not counted: the client is not locked out for good.
        ("1/second", [0, 0.5, 0.9, 2.1], [True, False, False, True]),
        # A window long gone counts nothing.
        ("3/minute", [0, 1, 2, 200, 201, 202, 203], [True] * 6 + [False]),
    ],
)
def test_who_is_let_through(at, rate, moments, expected):
    assert at(rate, moments) == expected


@pytest.mark.parametrize(("rate", "per_minute"), [("120/minute", 100), ("60/minute", 54)])
def test_a_steady_client_under_the_rate_is_never_refused(at, rate, per_minute):
    moments = [n * 60 / per_minute for n in range(per_minute * 5)]
    assert all(at(rate, moments))


@pytest.mark.parametrize("rate", ["120/minute", "30/minute"])
def test_a_client_at_twice_the_rate_gets_about_the_rate(at, rate):
    allowed = int(rate.split("/")[0])
    moments = [n * 30 / allowed for n in range(allowed * 2 * 5)]  # five minutes
    let_through = sum(at(rate, moments))
    assert allowed * 5 * 0.9 <= let_through <= allowed * 5


def test_addresses_are_counted_apart(at, settings):
    assert at("1/minute", [0, 1], address="192.0.2.1") == [True, False]
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK}
    throttle = AnonymousThrottle()
    throttle.timer = lambda: 1_800_000_001
    assert throttle.allow_request(anonymous("192.0.2.2"), None)


@pytest.mark.parametrize(
    ("previous", "current", "elapsed", "estimate"),
    [(0, 0, 0.0, 0), (10, 0, 0.0, 10), (10, 0, 0.5, 5), (10, 4, 0.75, 6.5), (0, 7, 0.9, 7)],
)
def test_the_estimate_weighs_the_previous_window_by_what_remains_of_it(
    previous, current, elapsed, estimate
):
    assert sliding_estimate(previous, current, elapsed) == pytest.approx(estimate)


@pytest.mark.parametrize(
    ("previous", "current", "offset", "rate", "duration"),
    [
        (0, 3, 30, 3, 60),
        (3, 0, 1, 3, 60),
        (3, 2, 10, 3, 60),
        (0, 5, 0.2, 5, 1),
        (8, 1, 20, 3, 60),
        (0, 1, 10, 1, 60),
        (120, 119, 59, 120, 60),
    ],
)
def test_retry_after_is_when_the_estimate_falls_under_the_rate(
    previous, current, offset, rate, duration
):
    wait = seconds_until_allowed(previous, current, offset, rate, duration)
    assert wait >= 1

    def estimate_after(seconds: float) -> float:
        moment = offset + seconds
        if moment < duration:
            return sliding_estimate(previous, current, moment / duration)
        return sliding_estimate(current, 0, (moment - duration) / duration)

    assert estimate_after(wait) + 1 <= rate  # come back then and be let through
    assert estimate_after(wait - 1) + 1 > rate or wait == 1  # and not earlier
