"""Fail loudly (never skip) when a service the tests need cannot be reached."""

import sys

import psycopg
import redis
from kombu import Connection


def main(pg_url: str, redis_url: str, amqp_url: str) -> int:
    problems = []
    try:
        url = pg_url.replace("postgres://", "postgresql://", 1)
        # The maintenance database: the test run creates its own.
        psycopg.connect(url, dbname="postgres", connect_timeout=5).close()
    except psycopg.Error as error:
        problems.append(f"PostgreSQL at {pg_url} cannot be reached: {error}")
    try:
        redis.Redis.from_url(redis_url, socket_connect_timeout=5).ping()
    except redis.RedisError as error:
        problems.append(f"Redis at {redis_url} cannot be reached: {error}")
    try:
        with Connection(amqp_url, connect_timeout=5) as connection:
            connection.ensure_connection(max_retries=1)
    except Exception as error:  # kombu raises transport-specific errors
        problems.append(f"RabbitMQ at {amqp_url} cannot be reached: {error}")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
