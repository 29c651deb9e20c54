"""An embedded DuckDB store of reports: articles, and the findings between them.

One write path (:meth:`Store.add_report`) takes a report as its ``crosswire.report/1``
dictionary, so what is stored is exactly what ``--format json`` prints.  Reading is
plain SQL over three tables; a web page or a notebook reads the same tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import CrosswireError

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (id VARCHAR PRIMARY KEY, story VARCHAR, n_articles INTEGER, n_findings INTEGER,
                                    created TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS articles (report VARCHAR, id VARCHAR, title VARCHAR, outlet VARCHAR, published VARCHAR,
                                     published_source VARCHAR, text VARCHAR, data JSON, PRIMARY KEY (report, id));
CREATE TABLE IF NOT EXISTS findings (report VARCHAR, n INTEGER, kind VARCHAR, article VARCHAR, start_offset INTEGER,
                                     end_offset INTEGER, text VARCHAR, evidence JSON, detail JSON,
                                     span_where VARCHAR, PRIMARY KEY (report, n));
"""


class Store:
    """A DuckDB file holding reports. Use :func:`open_store`."""

    def __init__(self, path: str | Path) -> None:
        import duckdb

        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path)
            self.con.execute(SCHEMA)
        except duckdb.Error as exc:
            raise CrosswireError("E502", path=self.path, why=str(exc)) from exc

    def add_report(self, report: dict[str, Any], *, report_id: str, story: str | None = None) -> None:
        """Write one report in a single transaction; a report id written again replaces the old one."""
        with self._transaction():
            for table, key in (("findings", "report"), ("articles", "report"), ("reports", "id")):
                self.con.execute(f"DELETE FROM {table} WHERE {key} = ?", [report_id])
            self.con.execute(
                "INSERT INTO reports (id, story, n_articles, n_findings) VALUES (?, ?, ?, ?)",
                [report_id, story, len(report["articles"]), len(report["findings"])],
            )
            self.con.executemany(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [_article_row(report_id, a) for a in report["articles"]],
            )
            self.con.executemany(
                "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_finding_row(report_id, i, f) for i, f in enumerate(report["findings"])],
            )

    def findings(self, *, kind: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT report, kind, article, start_offset, end_offset, text, evidence, detail, span_where FROM findings"
        rows = self.con.execute(
            sql + (" WHERE kind = ?" if kind else "") + " ORDER BY report, n", [kind] if kind else []
        ).fetchall()
        cols = ("report", "kind", "article", "start", "end", "text", "evidence", "detail", "where")
        return [
            dict(zip(cols, r, strict=True)) | {"evidence": json.loads(r[6]), "detail": json.loads(r[7])} for r in rows
        ]

    def counts(self) -> dict[str, int]:
        """Findings per kind over the whole store."""
        return dict(self.con.execute("SELECT kind, count(*) FROM findings GROUP BY kind ORDER BY kind").fetchall())

    def close(self) -> None:
        self.con.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")


def _article_row(report_id: str, a: dict[str, Any]) -> list[Any]:
    return [
        report_id,
        a["id"],
        a.get("title"),
        a.get("outlet"),
        a.get("published"),
        a.get("published_source"),
        a.get("text"),
        json.dumps(a, ensure_ascii=False),
    ]


def _finding_row(report_id: str, n: int, f: dict[str, Any]) -> list[Any]:
    span = f["span"]
    return [
        report_id,
        n,
        f["kind"],
        f["article"],
        span["start"],
        span["end"],
        span["text"],
        json.dumps(f.get("evidence", []), ensure_ascii=False),
        json.dumps(f.get("detail", {}), ensure_ascii=False),
        span.get("where", "text"),  # "caption": the offsets are input offsets
    ]


def open_store(path: str | Path) -> Store:
    """Open (or create) a store. ``path=":memory:"`` keeps it in memory."""
    return Store(path)
