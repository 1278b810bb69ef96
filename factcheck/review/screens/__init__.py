"""Screens and modals of the review UI."""
