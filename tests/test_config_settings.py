import pytest

from crosswire.config import SETTINGS, Settings
from crosswire.errors import ConfigError


def test_config_settings_table_matches_the_dataclass() -> None:
    assert [name for name, _, _ in SETTINGS] == list(Settings.__dataclass_fields__)
    for name, default, _ in SETTINGS:
        assert getattr(Settings(), name) == default


def test_config_settings_env_then_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSWIRE_MAX_BYTES", "123")
    assert Settings.load().max_bytes == 123
    assert Settings.load(max_bytes=7).max_bytes == 7
    assert Settings.load(max_bytes=None).max_bytes == 123


def test_config_settings_bad_env_value_is_coded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSWIRE_WORKERS", "many")
    with pytest.raises(ConfigError, match=r"\[E007\] Setting 'workers'"):
        Settings.load()


def test_config_settings_environment_picks_the_compare_backend(monkeypatch) -> None:
    """``CROSSWIRE_SIMILARITY`` reaches compare when no backend is passed (a default argument must not mask it)."""
    import inspect

    from crosswire.align.compare import compare, compare_groups

    monkeypatch.setenv("CROSSWIRE_SIMILARITY", "lexical")
    assert Settings.load(similarity=None).similarity == "lexical"
    for fn in (compare, compare_groups):
        assert inspect.signature(fn).parameters["similarity"].default is None
