"""Request rate limits, counted in the Django cache.

In production ``CACHE_URL`` points at Redis, so every web process counts
against the same buckets. The rates are read from ``REST_FRAMEWORK
["DEFAULT_THROTTLE_RATES"]`` on each request (DRF's own classes read them once
at import), so changing the settings takes effect without a restart of the test
process.

DRF's own throttles keep each client's request times as one list in the cache,
read and written whole on every request: its cost grows with the rate (a
thousand floats unpickled and pickled per request at 1,000 a minute), and two
processes that read the list at once each write it back with one request less.
These count instead, per client and fixed window, two numbers: the window's
count, increased with the cache's atomic ``incr`` (Redis ``INCR``), and the
previous window's. The rate is checked against the sliding window counter's
estimate, the previous count weighted by the share of it still inside the last
``duration`` seconds plus the current count (the approximation described in
Cloudflare's "How we built rate limiting capable of scaling to millions of
domains", 2017): a steady client is held to the rate, and a burst at a
window's end is not let through again at the next one's start.
"""

import math

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle, UserRateThrottle


def sliding_estimate(previous: int, current: int, elapsed: float) -> float:
    """Requests in the last window's length: ``previous`` weighted by what remains of it.

    ``elapsed`` is the share (0 to 1) of the current window already gone.
    """
    return previous * (1.0 - elapsed) + current


def seconds_until_allowed(previous: int, current: int, offset: float, rate: int, duration: int):
    """Seconds from ``offset`` (into the current window) until one more request fits ``rate``.

    That is until ``sliding_estimate`` falls to ``rate - 1``, assuming no further
    request. At least 1 (``Retry-After`` is in whole seconds).
    """
    room = rate - 1
    if current > room:
        # Into the next window, where this window's count is the one that fades.
        wait = (duration - offset) + duration * (1.0 - room / current)
    else:
        wait = duration * (1.0 - (room - current) / previous) - offset
    return max(1, math.ceil(round(wait, 6)))  # 19.000000000000004 is 19


class WindowCountThrottle(SimpleRateThrottle):
    """A SimpleRateThrottle that counts per fixed window and checks a sliding estimate."""

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request, view) -> bool:
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        window, offset = divmod(self.timer(), self.duration)
        current = f"{self.key}:{int(window)}"
        previous = f"{self.key}:{int(window) - 1}"
        counts = self.cache.get_many([current, previous])
        self.counts = (counts.get(previous, 0), counts.get(current, 0), offset)
        estimate = sliding_estimate(
            counts.get(previous, 0), counts.get(current, 0), offset / self.duration
        )
        if estimate + 1 > self.num_requests:  # this request included
            return False
        # A window's count lives for the next window too, where it is the previous one.
        if not self.cache.add(current, 1, timeout=2 * self.duration + 1):
            try:
                self.cache.incr(current)
            except ValueError:  # expired between the two calls
                self.cache.set(current, 1, timeout=2 * self.duration + 1)
        return True

    def wait(self) -> float | None:
        previous, current, offset = self.counts
        return seconds_until_allowed(previous, current, offset, self.num_requests, self.duration)


class AnonymousThrottle(WindowCountThrottle, AnonRateThrottle):
    """Per client address, for requests without credentials."""


class AuthenticatedThrottle(WindowCountThrottle, UserRateThrottle):
    """Per user, for authenticated requests."""

    def get_cache_key(self, request, view) -> str | None:
        if not (request.user and request.user.is_authenticated):
            return None  # anonymous requests are the other throttle's business
        return super().get_cache_key(request, view)
