"""Django's PostgreSQL backend, with connection health checks at most once per interval.

With ``CONN_HEALTH_CHECKS`` Django sends ``SELECT 1`` before the first query of
every request on a kept connection: a round trip and a statement for the server
on every read. Here a connection that answered within the last
``CONN_HEALTH_CHECK_DELAY`` seconds (a key of the database's settings, default
1.0; 0 checks before every request, as Django does) is taken as healthy without
asking again. Connection pools do the same: PgBouncer's ``server_check_delay``
(30 s by default) and HikariCP's ``aliveBypassWindowMs`` (500 ms) skip the check
on a connection used that recently. What is given up: a server that drops a
connection within that interval of its last answer fails the one request that
finds it, which then closes it (Django closes a connection whose query failed
on a lost link at the end of the request) and the next request connects anew.
"""

import time

from django.db.backends.postgresql import base

DEFAULT_DELAY = 1.0


class DatabaseWrapper(base.DatabaseWrapper):
    health_checked_at = float("-inf")

    @property
    def health_check_delay(self) -> float:
        """Seconds after a check or a new connection during which no check is sent."""
        return float(self.settings_dict.get("CONN_HEALTH_CHECK_DELAY", DEFAULT_DELAY))

    def connect(self) -> None:
        super().connect()
        self.health_checked_at = time.monotonic()

    def close_if_health_check_failed(self) -> None:
        if self.connection is None or not self.health_check_enabled or self.health_check_done:
            return super().close_if_health_check_failed()
        now = time.monotonic()
        if now - self.health_checked_at < self.health_check_delay:
            self.health_check_done = True
            return None
        super().close_if_health_check_failed()
        if self.connection is not None:
            self.health_checked_at = now
        return None
