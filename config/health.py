"""Health endpoints for load balancers, orchestrators and people (django-health-check).

* ``/health/live/``: the process answers; no dependency is asked, so an
  orchestrator restarts a web process only when the process itself is stuck.
* ``/health/ready/``: what a web process needs to serve: the database, the
  cache and the Celery broker. Wire this one into the load balancer.
* ``/health/``: the whole system for monitoring: the above, beat's reminder
  schedule and the dead reminder deliveries.

Each answers 200 when every check passes and 503 naming the failed checks
otherwise; JSON for machines (``Accept: application/json`` or ``?format=json``),
a page or plain text for people. Answers are never cached, the views sit
outside the API's throttling, and no answer contains a URL, host or password.
"""

from __future__ import annotations

import dataclasses
import datetime
from http import HTTPStatus

from django.http import HttpResponse, JsonResponse
from health_check import checks
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView
from kombu.exceptions import OperationalError

from tracker.health import DeadDeliveries, ReminderSchedule


@dataclasses.dataclass(repr=False)
class Database(checks.Database):
    def __repr__(self) -> str:
        return "database"


@dataclasses.dataclass(repr=False)
class Cache(checks.Cache):
    def __repr__(self) -> str:
        return "cache"


@dataclasses.dataclass(repr=False)
class Broker(HealthCheck):
    """Opens a connection to the Celery broker (Redis, RabbitMQ or the embedded one)."""

    timeout = datetime.timedelta(seconds=3)

    def __repr__(self) -> str:
        return "broker"

    def run(self) -> None:
        from config.celery import app

        try:
            with app.connection_for_write() as connection:
                connection.ensure_connection(
                    max_retries=1, interval_start=0, timeout=self.timeout.total_seconds()
                )
        except (OperationalError, OSError) as error:
            # The error's text can carry the broker's URL; only its kind is shown.
            raise ServiceUnavailable(f"cannot connect ({type(error).__name__})") from error


READINESS = (Database, Cache, Broker)
EVERYTHING = (*READINESS, ReminderSchedule, DeadDeliveries)


class HealthView(HealthCheckView):
    """django-health-check's view answering 503 (not 500) and with a fuller JSON body.

    JSON shape: ``{"status": "ok" | "failing", "failed": [names],
    "checks": {name: {"ok": bool, "detail": str, "seconds": float}}}``.
    """

    checks = READINESS

    async def get(self, request, *args, **kwargs) -> HttpResponse:
        response = await super().get(request, *args, **kwargs)
        if response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR:
            response.status_code = HTTPStatus.SERVICE_UNAVAILABLE
            response.reason_phrase = HTTPStatus.SERVICE_UNAVAILABLE.phrase
        return response

    def _outcomes(self) -> dict[str, dict]:
        return {
            repr(result.check): {
                "ok": result.error is None,
                "detail": result.check.pretty_status()
                if result.error is None
                else str(result.error),
                "seconds": round(result.time_taken, 4),
            }
            for result in self.results
        }

    def render_to_response_json(self, status: int) -> JsonResponse:
        outcomes = self._outcomes()
        failed = [name for name, outcome in outcomes.items() if not outcome["ok"]]
        body = {"status": "failing" if failed else "ok", "failed": failed, "checks": outcomes}
        return JsonResponse(body, status=status)

    def render_to_response_text(self, status: int) -> HttpResponse:
        outcomes = self._outcomes()
        failing = any(not outcome["ok"] for outcome in outcomes.values())
        lines = [f"status: {'failing' if failing else 'ok'}"] + [
            f"{name}: {_readable(outcome)}" for name, outcome in outcomes.items()
        ]
        return HttpResponse(
            "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8", status=status
        )


def _readable(outcome: dict) -> str:
    if not outcome["ok"]:
        return f"FAILING: {outcome['detail']}"
    return "OK" if outcome["detail"] == "OK" else f"OK ({outcome['detail']})"


class LivenessView(HealthView):
    checks = ()


class EverythingView(HealthView):
    checks = EVERYTHING
