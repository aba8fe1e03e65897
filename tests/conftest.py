"""Shared fixtures: offscreen Qt, a fresh migrated database per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
