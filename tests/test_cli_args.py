import pytest

from crosswire.cli import build_parser, main


@pytest.mark.parametrize(
    ("argv", "command", "fmt"),
    [
        (["read", "a.txt"], "read", "text"),
        (["read", "a.txt", "--format", "json"], "read", "json"),
        (["compare", "a.txt", "b.txt", "--format", "html"], "compare", "html"),
        (["compare", "--jsonl", "g.jsonl"], "compare", None),
        (["eval", "gate"], "eval", "text"),
    ],
)
def test_cli_args_parse(argv: list[str], command: str, fmt: str | None) -> None:
    args = build_parser().parse_args(argv)
    assert args.command == command
    assert args.format == fmt


def test_cli_args_unknown_format_is_refused() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["compare", "a", "b", "--format", "pdf"])


def test_cli_args_bad_published_date_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", "a.txt", "--published", "last tuesday"]) == 2
    assert "[E002]" in capsys.readouterr().err


def test_cli_args_unknown_suite_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "nosuch"]) == 2
    assert "[E003]" in capsys.readouterr().err
