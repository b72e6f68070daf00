"""The web UI and REST API over the store (``tidings serve``)."""

from tidings.web.app import create_app

__all__ = ["create_app"]
