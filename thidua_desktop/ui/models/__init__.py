"""Qt table models over domain dataclasses."""
