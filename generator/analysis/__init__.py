"""Claim analysis: numbers, disagreement, attribution and independent sources."""
