"""The horizon parser for the importer, each reading kept while the statements near it are read.

A statement's horizon is read several times on its way through the importer:
for the remarks on it (``parsing``), for its kind and fragments (``classify``,
``unpunctuated``) and for its deadline (``services``), mostly with the same
text and said-on date. ``read_horizon`` is ``claims.horizons.parse_horizon``
behind a bounded cache: the same result (``HorizonResult`` is immutable), the
parse done once; memory stays flat in the file's size.
"""

import datetime
import functools

from claims.horizons import HorizonResult, parse_horizon

# Statements are read a few thousand at a time; a repeat comes within a few of the first.
READINGS_KEPT = 4096


@functools.lru_cache(maxsize=READINGS_KEPT)
def read_horizon(text: str, said_on: datetime.date, precision: str = "day") -> HorizonResult:
    """``parse_horizon(text, said_on=said_on, precision=precision)``, cached (see above)."""
    return parse_horizon(text, said_on=said_on, precision=precision)
