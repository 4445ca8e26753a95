"""Request rate limits, counted in the Django cache.

In production ``CACHE_URL`` points at Redis, so every web process counts
against the same buckets. The rates are read from ``REST_FRAMEWORK
["DEFAULT_THROTTLE_RATES"]`` on each request (DRF's own classes read them once
at import), so changing the settings takes effect without a restart of the test
process.
"""

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class AnonymousThrottle(AnonRateThrottle):
    """Per client address, for requests without credentials."""

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class AuthenticatedThrottle(UserRateThrottle):
    """Per user, for authenticated requests."""

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def get_cache_key(self, request, view) -> str | None:
        if not (request.user and request.user.is_authenticated):
            return None  # anonymous requests are the other throttle's business
        return super().get_cache_key(request, view)
