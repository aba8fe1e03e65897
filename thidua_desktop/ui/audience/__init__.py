"""The audience window for the hall's projector and the secretary's control of it (loaded on first use)."""
