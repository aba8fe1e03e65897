"""Use cases: one transaction and one audit entry per user action."""
