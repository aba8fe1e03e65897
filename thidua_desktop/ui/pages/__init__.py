"""One page widget per workflow."""
