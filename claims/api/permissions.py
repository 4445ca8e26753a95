"""Who may do what through the API: everyone reads, curators write."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from rest_framework.permissions import SAFE_METHODS, BasePermission

CURATOR_GROUP = "Curator"


def is_curator(user: AbstractBaseUser | AnonymousUser | None) -> bool:
    """A superuser, or an active staff member of the "Curator" group."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if not user.is_staff:
        return False
    cached = getattr(user, "_is_curator", None)
    if cached is None:
        cached = user.groups.filter(name=CURATOR_GROUP).exists()
        user._is_curator = cached
    return cached


class PublicReadCuratorWrite(BasePermission):
    """Reads are open to anyone; writes need a curator."""

    message = "Only curators can change the record."

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return True
        return is_curator(request.user)
