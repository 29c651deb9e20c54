import re

import pytest

from crosswire.errors import CrosswireError, Errors, InputError


def test_errors_codes_are_unique_and_well_formed() -> None:
    codes = [n for n in vars(Errors) if n.startswith("E")]
    assert codes and all(re.fullmatch(r"E\d{3}", c) for c in codes)
    assert len(set(vars(Errors)[c] for c in codes)) == len(codes)


def test_errors_message_names_the_file_and_line() -> None:
    err = InputError("E106", path="groups.jsonl", line=7, why="Expecting value")
    assert str(err).startswith("[E106] 'groups.jsonl' line 7")
    assert err.to_dict()["line"] == 7


def test_errors_unknown_code_is_a_programming_error() -> None:
    with pytest.raises(AttributeError):
        CrosswireError("E999")
