import crosswire


def test_init_exported_members_are_the_public_api() -> None:
    assert set(crosswire.__all__) == {"__version__", "analyse", "compare", "open_store", "read"}
    public = {n for n in dir(crosswire) if not n.startswith("_")} - {"annotations", "Any"}
    assert public <= set(crosswire.__all__) | {
        "errors",
        "model",
        "ingest",
        "clean",
        "pipeline",
        "nlp",
        "config",
        "extract",
        "align",
        "report",
        "eval",
        "cli",
        "store",
        "batch",
    }
