"""Shared test helpers: paths of the bundled filings."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixture_path():
    def path(name: str) -> Path:
        return FIXTURES / name

    return path
