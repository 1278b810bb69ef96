"""The Textual review UI."""
