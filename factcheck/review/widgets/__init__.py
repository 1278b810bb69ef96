"""Widgets of the review UI."""
