"""Typer command functions, registered on the app in ``tidings.cli``."""
