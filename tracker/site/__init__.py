"""The public record for readers: pages, feeds and structured data.

Everything here reads through the same selectors as the API
(``claims.api.reads``, ``claims.api.filters``, ``tracker.track_records``), so a
page shows exactly what the API publishes: published claims, and speakers and
sources only through them.
"""
