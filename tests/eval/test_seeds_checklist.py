from pathlib import Path

import pytest

from crosswire.eval.seeds import ITEM, truth_items


def test_seeds_checklist_has_138_items(seeds_dir: Path) -> None:
    items = truth_items(seeds_dir / "TRUTH.md")
    assert len(items) == 138
    assert items[0] == "K1" and items[-1] == "O14"


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("test_quotes_seed_W6_carried_speaker", {"W6"}),
        ("test_dates_seed[D13-2016]", {"D13"}),
        ("test_x_K17_and_K18", {"K17", "K18"}),
        ("test_F12x", set()),  # not delimited: not an item
        ("test_html_reader_f1", set()),  # lower case is not an item
    ],
)
def test_seeds_checklist_item_ids_in_test_names(name: str, found: set[str]) -> None:
    assert {a + b for a, b in ITEM.findall(name)} == found
