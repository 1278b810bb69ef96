"""factcheck: who said what, where it was reported, and who else reports it."""

__version__ = "0.1.0"
