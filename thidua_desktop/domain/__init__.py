"""Pure domain model and rules: no Qt, no SQL."""
