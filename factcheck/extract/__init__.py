"""Attributed claims: who said what."""
