"""Use cases: each opens one transaction and returns plain domain objects. No Qt."""

from funnelplanner.services.container import Services

__all__ = ["Services"]
