"""Use cases: each opens one transaction and returns plain domain objects. No Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from funnelplanner.services.container import Services

__all__ = ["Services"]


def __getattr__(name: str) -> Any:
    # Loaded when first asked for, not with the package: the container brings SQLAlchemy,
    # which the window's first paint does without (see first_screen.py).
    if name == "Services":
        from funnelplanner.services.container import Services

        return Services
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
