"""Full-text search of a store (`agendapack search STORE "precept"`): SQLite FTS5 over page text,
resolutions, recommendations, appointments and table row labels, each hit with its paper, page
and date.

    >>> from pipeline.search import search
    >>> hits = search("out/", "precept", kind="resolution", since="2012")
    >>> hits[0].source_path, hits[0].page, hits[0].snippet
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from .store import open_store

KINDS = ("page", "resolution", "recommendation", "appointment", "table_row")
"""what a hit can be (search_entries.kind)"""

DEFAULT_LIMIT = 50
"""hits printed unless --limit says otherwise: a screenful or two, ranked best first"""

SNIPPET_TOKENS = 16
"""words of context in a snippet: about one printed line either side of the match"""

MARK = ("\x02", "\x03")
"""the snippet's match markers (control characters no paper's text holds), turned into bold
or [brackets] when printed"""

_SINCE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Hit:
    """One search hit: what matched (kind, snippet), where (paper, page) and the paper's facts."""

    kind: str
    snippet: str
    """the matching words in context, the match between MARK characters"""
    page: int | None
    document_id: int
    title: str | None
    organisation: str | None
    committee: str | None
    date: str | None
    source_path: str
    record_table: str
    record_id: int

    @property
    def link(self) -> str:
        """The paper at the page of the hit (`file.pdf#page=3`, a PDF viewer's page link)."""
        return f"{self.source_path}#page={self.page}" if self.page else self.source_path

    def plain_snippet(self, left: str = "", right: str = "") -> str:
        """The snippet with the match between `left` and `right` (nothing by default)."""
        return self.snippet.replace(MARK[0], left).replace(MARK[1], right)

    def as_dict(self) -> dict:
        """Plain data for JSON: the snippet with the match in [brackets], and the page link."""
        return {**asdict(self), "snippet": self.plain_snippet("[", "]"), "link": self.link}


class SearchError(ValueError):
    """A query or filter that cannot be run (FTS5 syntax, a bad --since or --kind)."""


def search(store: Path | str, query: str, *, kind: str | None = None,
           organisation: str | None = None, since: str | None = None,
           limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """The hits for `query` (FTS5 syntax: words, "a phrase", prefix*, a OR b, NOT) in the store
    of folder `store`, best first. `kind`: one of KINDS; `organisation`: part of the paper's
    organisation (any case); `since`: YYYY, YYYY-MM or YYYY-MM-DD, papers dated then or later."""
    if kind is not None and kind not in KINDS:
        raise SearchError(f"--kind must be one of {', '.join(KINDS)} (got {kind!r})")
    if since is not None and not _SINCE.match(since):
        raise SearchError(f"--since must be YYYY, YYYY-MM or YYYY-MM-DD (got {since!r})")
    if not query.strip():
        raise SearchError("the query is empty")
    where, args = ["search_entries_fts MATCH ?"], [query]
    if kind:
        where.append("e.kind = ?")
        args.append(kind)
    if organisation:
        where.append("lower(d.organisation) LIKE ?")
        args.append(f"%{organisation.lower()}%")
    if since:
        where.append("d.date >= ?")
        args.append(since)
    sql = (f"SELECT e.kind, snippet(search_entries_fts, 0, ?, ?, ' … ', {SNIPPET_TOKENS}),"
           " e.page, e.document_id, d.title, d.organisation, d.committee, d.date, d.source_path,"
           " e.record_table, e.record_id"
           " FROM search_entries_fts JOIN search_entries e ON e.id = search_entries_fts.rowid"
           " JOIN documents d ON d.id = e.document_id"
           f" WHERE {' AND '.join(where)} ORDER BY search_entries_fts.rank, e.id LIMIT ?")
    conn = open_store(Path(store))
    try:
        rows = conn.execute(sql, (*MARK, *args, limit)).fetchall()
    except sqlite3.OperationalError as e:
        if not str(e).startswith("no such"):  # the query, not a missing table
            raise SearchError(f"{query!r}: not a search the index understands ({e}); put a "
                              "phrase in double quotes") from None
        raise
    finally:
        conn.close()
    # a snippet is one line: the page's line breaks and runs of spaces become single spaces
    return [Hit(row[0], re.sub(r"\s+", " ", row[1]), *row[2:]) for row in rows]
