"""The curators' workplace: claims, speakers, sources, topics and imports in the admin.

Every save and action goes through ``claims.services``, so the admin validates,
derives deadlines and records history exactly like the API and the importers.
Each module registers its own admins; other apps extend them with ``extend``.
"""

from claims.admin import claims, imports, resolutions, sources, speakers
from claims.admin.extending import extend

__all__ = ["claims", "extend", "imports", "resolutions", "sources", "speakers"]
