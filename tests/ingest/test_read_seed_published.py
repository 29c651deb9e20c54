"""TRUTH.md D5 and D6: where each seed's publication date comes from."""

from pathlib import Path

from tests.conftest import PUBLISHED

import crosswire


def test_read_seed_D5_date_supplied_from_outside(seed_paths: tuple[Path, Path]) -> None:
    bare = crosswire.read([seed_paths[0]]).articles[0]
    assert bare.published is None  # 000 states no date in its text: nothing is invented
    given = crosswire.read([seed_paths[0]], published=PUBLISHED).articles[0]
    assert (given.published, given.published_precision, given.published_source) == ("2018-09-07", "day", "user")


def test_read_seed_D6_timestamp_from_the_text_without_timezone(seed_paths: tuple[Path, Path]) -> None:
    a = crosswire.read([seed_paths[1]], published="2000-01-01").articles[0]
    # the text's own timestamp wins over a date supplied for inputs that state none
    assert (a.published, a.published_precision, a.published_source) == ("2018-09-07T10:24", "minute", "text")
    assert "+" not in a.published and not a.published.endswith("Z")  # no timezone was given, none is invented
