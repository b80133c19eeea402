"""The batch store: one SQLite database per output folder (`DIR/agendapack.sqlite`).

Normalised, documented in the schema itself (comments on every table), readable as-is by sqlite3
and Datasette. Only the batch's one writer (`Store`) ever writes it: workers return results.

Identity and caching
- `files` is the cache: one row per input file (sha256 of its bytes) and pipeline version, written
  last in the file's transaction, so a file is either completely stored or not at all.
- `documents` holds one row per distinct content: a paper, or an item of an agenda pack. Its
  `content_sha256` hashes the text of its pages with page numbers and whitespace removed, so the
  same report inside a pack and as a standalone file is stored once; `appearances` links it to
  every place it was found (file, parent pack, item number, page range).
- `errors`: one row per file that could not be processed (stage, error type, message).

Money is written in pounds as SQLite numbers (integers where whole); the printed text is kept in
`raw`/`text` columns. Provenance is flattened into page, char_start, char_end, bbox (JSON), snippet.

Search and views (store version 2)
- `page_texts`: each document's text, page by page; `search_entries` (+ the FTS5 index
  `search_entries_fts`, kept in step by triggers): one entry per page, resolution,
  recommendation, appointment and table row, with its document and page (`pipeline.search`).
- Views join in what a reader needs next to each record (organisation, committee, date, year,
  title, paper, page): `resolutions_v`, `cells_v`, `appointments_v`, `amounts_v`, `dates_v`,
  `search_v`.

Decisions (store version 4): `resolutions.moved_by` / `seconded_by`, and `amendments` (mover,
seconder, what it amends, its wording and outcome), each with its paper and provenance.

Schema versions: `PRAGMA user_version` is the number of the last migration applied (`MIGRATIONS`,
in order, each in one transaction). A store written by release 0.1.0 has user_version 0 and is
upgraded when opened; a store from a newer release than this one is refused, never rewritten.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from .models import Appointment, ExtractionResult, Provenance

DB_NAME = "agendapack.sqlite"
METADATA_NAME = "metadata.json"  # Datasette's, written next to the store

# The schema of release 0.1.0 (migration 1 makes a store this; CREATE IF NOT EXISTS, so a 0.1.0
# store is left as it is).
SCHEMA = """
-- Input files seen by `agendapack batch` (the cache: sha256 + pipeline version already here = skip).
CREATE TABLE IF NOT EXISTS files (
    sha256           TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    path             TEXT NOT NULL,   -- as given on the command line (first path seen)
    status           TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'failed')),
    pages            INTEGER,
    seconds          REAL,
    PRIMARY KEY (sha256, pipeline_version)
);

-- One row per paper or agenda-pack item (distinct content).
CREATE TABLE IF NOT EXISTS documents (
    id               INTEGER PRIMARY KEY,
    source_path      TEXT NOT NULL,   -- the file it was first found in (the pack, for an item)
    sha256           TEXT NOT NULL,   -- sha256 of that file's bytes
    content_sha256   TEXT NOT NULL,   -- sha256 of its pages' text (page numbers, spacing removed)
    format           TEXT,            -- pdf | text | html
    pages            INTEGER,
    kind             TEXT,            -- report | minutes | agenda | agenda_pack | other
    title            TEXT,            -- the paper's title as printed (an item: from the pack's list)
    organisation     TEXT,            -- the council or body whose paper it is
    committee        TEXT,            -- the committee or meeting it was for
    date             TEXT,            -- YYYY-MM-DD or YYYY-MM
    status           TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'failed')),
    pipeline_version TEXT NOT NULL,
    seconds          REAL,            -- extraction time
    parent_id        INTEGER REFERENCES documents(id) ON DELETE SET NULL,  -- the pack of an item
    item_number      TEXT,            -- agenda item number within the pack
    first_page       INTEGER,         -- page range within the pack (1-based, inclusive)
    last_page        INTEGER,
    json_path        TEXT,            -- the ExtractionResult, relative to the output folder
    UNIQUE (content_sha256, pipeline_version)
);
CREATE INDEX IF NOT EXISTS documents_organisation ON documents (organisation);
CREATE INDEX IF NOT EXISTS documents_committee ON documents (committee);
CREATE INDEX IF NOT EXISTS documents_date ON documents (date);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents (sha256);
CREATE INDEX IF NOT EXISTS documents_parent ON documents (parent_id);

-- Every place a document was found: a standalone file, or an item of a pack (same content, one row
-- in documents, one appearance each).
CREATE TABLE IF NOT EXISTS appearances (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    file_sha256  TEXT NOT NULL,
    path         TEXT NOT NULL,
    parent_id    INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    item_number  TEXT,
    first_page   INTEGER,
    last_page    INTEGER
);
CREATE INDEX IF NOT EXISTS appearances_document ON appearances (document_id);
CREATE INDEX IF NOT EXISTS appearances_file ON appearances (file_sha256);

-- Financial tables found in a paper (title, unit, scale, how many of their checks passed).
CREATE TABLE IF NOT EXISTS tables (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    table_index   INTEGER NOT NULL,   -- 0-based, in document order
    title         TEXT,
    pages         TEXT,               -- comma-separated page numbers
    unit          TEXT,
    scale         INTEGER,
    checks_passed INTEGER,
    checks_failed INTEGER,
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
CREATE INDEX IF NOT EXISTS tables_document ON tables (document_id);

-- The rows of each financial table: label, section, kind and whether its sum checks.
CREATE TABLE IF NOT EXISTS table_rows (
    id          INTEGER PRIMARY KEY,
    table_id    INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
    row_index   INTEGER NOT NULL,
    label       TEXT,
    section     TEXT,
    kind        TEXT,                 -- item | subtotal | total | heading
    "check"     TEXT,                 -- passed | failed | unchecked
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT,
    details     TEXT                  -- JSON: the row's other text columns by header
);
CREATE INDEX IF NOT EXISTS table_rows_table ON table_rows (table_id);
CREATE INDEX IF NOT EXISTS table_rows_label ON table_rows (label);

-- Each cell of a table row: its column, measure, period and value in pounds.
CREATE TABLE IF NOT EXISTS table_cells (
    id            INTEGER PRIMARY KEY,
    row_id        INTEGER NOT NULL REFERENCES table_rows(id) ON DELETE CASCADE,
    column_index  INTEGER NOT NULL,
    "column"      TEXT,               -- the column header
    measure       TEXT,               -- budget | planned | actual | projected | variance | ...
    period        TEXT,               -- as printed, e.g. 2020/21
    period_start  TEXT,
    period_end    TEXT,
    value         NUMERIC,            -- in pounds (scale applied); NULL = blank
    raw           TEXT,               -- as printed
    flags         TEXT                -- JSON list of {code, raw, message}
);
CREATE INDEX IF NOT EXISTS table_cells_row ON table_cells (row_id);
CREATE INDEX IF NOT EXISTS table_cells_measure ON table_cells (measure);

-- People appointed to, elected to, holding or leaving a post, as the paper says.
CREATE TABLE IF NOT EXISTS appointments (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    person       TEXT NOT NULL,
    role         TEXT NOT NULL,
    organisation TEXT,
    status       TEXT,                -- permanent | interim | acting | agency
    start_date   TEXT,
    event        TEXT,                -- appointed | elected | resigned | left
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
CREATE INDEX IF NOT EXISTS appointments_document ON appointments (document_id);
CREATE INDEX IF NOT EXISTS appointments_person ON appointments (person);
CREATE INDEX IF NOT EXISTS appointments_role ON appointments (role);

CREATE TABLE IF NOT EXISTS memberships (  -- appointments as dated memberships (agendapack posts)
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    organisation TEXT,                -- the committee / outside body, else the paper's organisation
    post         TEXT NOT NULL,       -- canonical post (Chair, Clerk, Responsible Financial Officer)
    role         TEXT NOT NULL,       -- the post as written
    person       TEXT NOT NULL,
    status       TEXT,
    event        TEXT,                -- elected | re-elected | appointed | co-opted | nominated | ...
    future       INTEGER NOT NULL DEFAULT 0,  -- 1: "will be co-opted" (not a holder yet)
    start_date   TEXT,
    end_date     TEXT,
    date         TEXT,                -- when the paper shows it: start / end date, else the paper's
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
CREATE INDEX IF NOT EXISTS memberships_post ON memberships (organisation, post, date);
CREATE INDEX IF NOT EXISTS memberships_document ON memberships (document_id);

-- Posts discussed without a named holder (vacancies, interim arrangements).
CREATE TABLE IF NOT EXISTS posts (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    status      TEXT,
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
CREATE INDEX IF NOT EXISTS posts_document ON posts (document_id);

-- Dates mentioned in the text, read as day, month, quarter or year ranges.
CREATE TABLE IF NOT EXISTS dates (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    start       TEXT NOT NULL,
    "end"       TEXT NOT NULL,
    grain       TEXT,
    inferred    INTEGER,
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
CREATE INDEX IF NOT EXISTS dates_document ON dates (document_id);
CREATE INDEX IF NOT EXISTS dates_start ON dates (start);

-- Amounts of money mentioned in the text (outside the financial tables).
CREATE TABLE IF NOT EXISTS amounts (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    value       NUMERIC NOT NULL,     -- in pounds
    currency    TEXT,
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
CREATE INDEX IF NOT EXISTS amounts_document ON amounts (document_id);

-- What a meeting resolved, or a report recommends, with the outcome and vote where given.
CREATE TABLE IF NOT EXISTS resolutions (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ref           TEXT,
    kind          TEXT NOT NULL,      -- resolved | recommendation | decision
    body          TEXT,
    outcome       TEXT,
    carried       INTEGER,
    unanimous     INTEGER,
    votes_for     INTEGER,
    votes_against INTEGER,
    abstentions   INTEGER,
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
CREATE INDEX IF NOT EXISTS resolutions_document ON resolutions (document_id);

-- The numbered items of each resolution or recommendation.
CREATE TABLE IF NOT EXISTS resolution_items (
    id            INTEGER PRIMARY KEY,
    resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
    item_index    INTEGER NOT NULL,
    number        TEXT,
    text          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS resolution_items_resolution ON resolution_items (resolution_id);

-- What went wrong or was unsure while reading a paper (no text layer, an extractor error).
CREATE TABLE IF NOT EXISTS warnings (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    message     TEXT,
    page        INTEGER
);
CREATE INDEX IF NOT EXISTS warnings_document ON warnings (document_id);

-- One row per file that could not be processed.
CREATE TABLE IF NOT EXISTS errors (
    id               INTEGER PRIMARY KEY,
    path             TEXT NOT NULL,
    sha256           TEXT,            -- NULL when the file could not even be read
    pipeline_version TEXT NOT NULL,
    stage            TEXT NOT NULL,   -- read | ingest | extract | timeout | worker
    error_type       TEXT NOT NULL,
    message          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS errors_path ON errors (path);

-- Each document's pages by their text (`packs.page_hashes`, pages with too few words left out):
-- a report that is only part of another paper (a pack's item published on its own, minutes
-- re-published inside the next agenda) is found by these and stored once.
CREATE TABLE IF NOT EXISTS document_pages (
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page           INTEGER NOT NULL,  -- in the file the document was stored from
    content_sha256 TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_pages_document ON document_pages (document_id);
CREATE INDEX IF NOT EXISTS document_pages_content ON document_pages (content_sha256);

-- Facts about the store itself (store_schema_version mirrors PRAGMA user_version).
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""

# Store version 2: page text, the search index and the views (`pipeline.search`, Datasette).
SEARCH_SCHEMA = """
-- Each document's text, page by page (a pack: only the pages no item holds).
CREATE TABLE IF NOT EXISTS page_texts (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page        INTEGER,              -- 1-based page number (NULL for formats without pages)
    text        TEXT NOT NULL         -- the page's text as read
);
CREATE INDEX IF NOT EXISTS page_texts_document ON page_texts (document_id);

-- What `agendapack search` and Datasette search: one entry per page, resolution, recommendation,
-- appointment and table row (full-text index: search_entries_fts).
CREATE TABLE IF NOT EXISTS search_entries (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,       -- page | resolution | recommendation | appointment | table_row
    page         INTEGER,             -- where it is printed (the pack's page number for an item)
    record_table TEXT NOT NULL,       -- the table holding the record (page_texts, resolutions, ...)
    record_id    INTEGER NOT NULL,    -- its id there
    text         TEXT NOT NULL        -- the words indexed
);
CREATE INDEX IF NOT EXISTS search_entries_document ON search_entries (document_id);
CREATE INDEX IF NOT EXISTS search_entries_kind ON search_entries (kind);

CREATE VIRTUAL TABLE IF NOT EXISTS search_entries_fts USING fts5(
    text, content='search_entries', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS search_entries_ai AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_entries_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS search_entries_ad AFTER DELETE ON search_entries BEGIN
    INSERT INTO search_entries_fts (search_entries_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER IF NOT EXISTS search_entries_au AFTER UPDATE ON search_entries BEGIN
    INSERT INTO search_entries_fts (search_entries_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO search_entries_fts (rowid, text) VALUES (new.id, new.text);
END;

-- Search entries with their paper: organisation, committee, date, title, file and page.
CREATE VIEW IF NOT EXISTS search_v AS
SELECT e.id, e.kind, e.text, e.page, d.organisation, d.committee, d.date, substr(d.date, 1, 4) AS year,
       d.kind AS document_kind, d.title AS document_title, d.source_path, e.document_id,
       e.record_table, e.record_id
FROM search_entries e JOIN documents d ON d.id = e.document_id;

-- Resolutions, recommendations and decisions with their items (joined by " | ") and their paper.
CREATE VIEW IF NOT EXISTS resolutions_v AS
SELECT r.id, r.kind, r.ref, r.body,
       (SELECT group_concat(i.text, ' | ') FROM
            (SELECT text FROM resolution_items WHERE resolution_id = r.id ORDER BY item_index) i)
           AS items,
       r.outcome, r.carried, r.unanimous, r.votes_for, r.votes_against, r.abstentions,
       d.organisation, d.committee, d.date, substr(d.date, 1, 4) AS year, d.kind AS document_kind,
       d.title AS document_title, d.source_path, r.page, r.snippet, r.document_id
FROM resolutions r JOIN documents d ON d.id = r.document_id;

-- Financial table cells (pounds) with their row, table and paper.
CREATE VIEW IF NOT EXISTS cells_v AS
SELECT c.id, tr.label, tr.section, tr.kind AS row_kind, c."column", c.measure, c.period,
       c.period_start, c.period_end, c.value, c.raw, tr."check", t.title AS table_title, t.unit,
       d.organisation, d.committee, d.date, substr(d.date, 1, 4) AS year, d.kind AS document_kind,
       d.title AS document_title, d.source_path, tr.page, t.document_id, tr.table_id, c.row_id
FROM table_cells c JOIN table_rows tr ON tr.id = c.row_id JOIN tables t ON t.id = tr.table_id
JOIN documents d ON d.id = t.document_id;

-- Appointments with their paper.
CREATE VIEW IF NOT EXISTS appointments_v AS
SELECT a.id, a.person, a.role, a.organisation AS body, a.status, a.event, a.start_date,
       d.organisation, d.committee, d.date, substr(d.date, 1, 4) AS year, d.kind AS document_kind,
       d.title AS document_title, d.source_path, a.page, a.snippet, a.document_id
FROM appointments a JOIN documents d ON d.id = a.document_id;

-- Amounts of money in the text (pounds) with their paper.
CREATE VIEW IF NOT EXISTS amounts_v AS
SELECT a.id, a.text, a.value, a.currency, d.organisation, d.committee, d.date,
       substr(d.date, 1, 4) AS year, d.kind AS document_kind, d.title AS document_title,
       d.source_path, a.page, a.snippet, a.document_id
FROM amounts a JOIN documents d ON d.id = a.document_id;

-- Dates mentioned in the text with their paper.
CREATE VIEW IF NOT EXISTS dates_v AS
SELECT x.id, x.text, x.start, x."end", x.grain, x.inferred, d.organisation, d.committee,
       d.date AS document_date, substr(d.date, 1, 4) AS year, d.kind AS document_kind,
       d.title AS document_title, d.source_path, x.page, x.snippet, x.document_id
FROM dates x JOIN documents d ON d.id = x.document_id;
"""

# What goes into the search index, per record kind ({where} selects the documents to index).
INDEX_SQL = (
    """INSERT INTO search_entries (document_id, kind, page, record_table, record_id, text)
       SELECT document_id, 'page', page, 'page_texts', id, text FROM page_texts p WHERE {where}""",
    """INSERT INTO search_entries (document_id, kind, page, record_table, record_id, text)
       SELECT document_id, CASE kind WHEN 'recommendation' THEN 'recommendation'
                                     ELSE 'resolution' END,
              page, 'resolutions', id,
              trim(coalesce(ref || ' ', '') || coalesce(body || ' ', '') || coalesce(
                  (SELECT group_concat(text, ' ') FROM resolution_items
                   WHERE resolution_id = p.id), snippet))
       FROM resolutions p WHERE {where}""",
    """INSERT INTO search_entries (document_id, kind, page, record_table, record_id, text)
       SELECT document_id, 'appointment', page, 'appointments', id,
              person || ', ' || role || coalesce(', ' || organisation, '') || ': ' || snippet
       FROM appointments p WHERE {where}""",
    """INSERT INTO search_entries (document_id, kind, page, record_table, record_id, text)
       SELECT t.document_id, 'table_row', r.page, 'table_rows', r.id,
              trim(coalesce(r.label, '') || coalesce(' (' || r.section || ')', '')
                   || coalesce(' - ' || t.title, ''))
       FROM table_rows r JOIN tables t ON t.id = r.table_id
       WHERE r.label IS NOT NULL AND {where}""",
)


def _statements(script: str) -> list[str]:
    """A script split into whole statements (a trigger's body stays in one)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return [s for s in out if s.strip(" \n;")]


def _migrate_0_1(conn: sqlite3.Connection) -> None:
    """1: the schema of release 0.1.0 (a store from before the details column gets it)."""
    for statement in _statements(SCHEMA):
        conn.execute(statement)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(table_rows)")}
    if "details" not in columns:
        conn.execute("ALTER TABLE table_rows ADD COLUMN details TEXT")


def _migrate_search(conn: sqlite3.Connection) -> None:
    """2: page text, the full-text search index (filled from the records already stored; a
    0.1.0 store kept no page text, so its pages are searchable once re-extracted) and the views."""
    for statement in _statements(SEARCH_SCHEMA):
        conn.execute(statement)
    conn.execute("DELETE FROM search_entries")
    for sql in INDEX_SQL:
        conn.execute(sql.format(where="1"))


INPUTS_SCHEMA = """
-- Every input path a batch was given, with the size and modification time it had: a file unchanged
-- since is not read again (the batch's main process looks only at metadata; workers read).
CREATE TABLE IF NOT EXISTS inputs (
    path             TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    sha256           TEXT NOT NULL,
    size             INTEGER NOT NULL,
    mtime_ns         INTEGER NOT NULL,
    PRIMARY KEY (path, pipeline_version)
);
"""


def _migrate_inputs(conn: sqlite3.Connection) -> None:
    """3: the batch's inputs (path, size, mtime), so that a rerun reads no file unchanged since."""
    for statement in _statements(INPUTS_SCHEMA):
        conn.execute(statement)


DECISIONS_SCHEMA = """
-- Amendments moved to a motion, their own records (an amendment is a proposal; what the meeting
-- resolved after it is in resolutions), with who moved and seconded them and how they went.
CREATE TABLE IF NOT EXISTS amendments (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ref           TEXT,               -- the minute it was moved under, or the form's number
    moved_by      TEXT,               -- as printed ("Mr Streatfeild")
    seconded_by   TEXT,
    amends        TEXT,               -- what it amends, as printed ("the motion set out in paragraph 5")
    text          TEXT NOT NULL,      -- its wording (a form's Proposed Purpose)
    outcome       TEXT,               -- the outcome as printed ("Amendment lost; For (14), ...")
    carried       INTEGER,
    votes_for     INTEGER,
    votes_against INTEGER,
    abstentions   INTEGER,
    page INTEGER, char_start INTEGER, char_end INTEGER, bbox TEXT, snippet TEXT
);
CREATE INDEX IF NOT EXISTS amendments_document ON amendments (document_id);

-- Resolutions, recommendations and decisions with their items (joined by " | "), who moved and
-- seconded them, and their paper.
CREATE VIEW IF NOT EXISTS resolutions_v AS
SELECT r.id, r.kind, r.ref, r.body,
       (SELECT group_concat(i.text, ' | ') FROM
            (SELECT text FROM resolution_items WHERE resolution_id = r.id ORDER BY item_index) i)
           AS items,
       r.outcome, r.carried, r.unanimous, r.votes_for, r.votes_against, r.abstentions,
       r.moved_by, r.seconded_by,
       d.organisation, d.committee, d.date, substr(d.date, 1, 4) AS year, d.kind AS document_kind,
       d.title AS document_title, d.source_path, r.page, r.snippet, r.document_id
FROM resolutions r JOIN documents d ON d.id = r.document_id;
"""
DECISION_COLUMNS = {"moved_by": "who moved the motion, as printed (\"Mr Gough\", \"HD\")",
                    "seconded_by": "who seconded it"}
"""The columns migration 4 adds to resolutions, with their descriptions."""


def _migrate_decisions(conn: sqlite3.Connection) -> None:
    """4: who moved and seconded each resolution, amendments in a table of their own, and the
    resolutions view with the movers (a store from before holds none until re-extracted)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(resolutions)")}
    for column in DECISION_COLUMNS:
        if column not in columns:
            conn.execute(f"ALTER TABLE resolutions ADD COLUMN {column} TEXT")
    conn.execute("DROP VIEW IF EXISTS resolutions_v")
    for statement in _statements(DECISIONS_SCHEMA):
        conn.execute(statement)


# Numbered migrations, applied in order; a store's PRAGMA user_version is the last one applied.
# Add a new one at the end (never edit one that has shipped).
MIGRATIONS: tuple = (_migrate_0_1, _migrate_search, _migrate_inputs, _migrate_decisions)
STORE_VERSION = len(MIGRATIONS)


class StoreVersionError(RuntimeError):
    """The store was written by a newer agendapack (its schema is not known to this one)."""


def migrate(conn: sqlite3.Connection, path: Path | str = DB_NAME) -> int:
    """Bring a store up to `STORE_VERSION`, one migration per transaction; returns the version
    it had. Safe against a concurrent opener (the version is read again under the write lock)."""
    before = conn.execute("PRAGMA user_version").fetchone()[0]
    if before > STORE_VERSION:
        raise StoreVersionError(f"{path}: store version {before} was written by a newer agendapack "
                                f"(this one knows up to {STORE_VERSION}); upgrade agendapack")
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current >= STORE_VERSION:
                conn.execute("COMMIT")
                return before
            MIGRATIONS[current](conn)
            conn.execute(f"PRAGMA user_version = {current + 1}")
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('store_schema_version', ?)",
                         (str(current + 1),))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


# Tables in dependency order (what `export` writes).
TABLES = ("files", "documents", "appearances", "document_pages", "tables", "table_rows", "table_cells",
          "appointments", "posts", "dates", "amounts", "resolutions", "resolution_items",
          "amendments", "warnings", "errors", "memberships", "page_texts", "inputs")
VIEWS = ("search_v", "resolutions_v", "cells_v", "appointments_v", "amounts_v", "dates_v")

# Warning codes that make a paper `partial`: part of it was not read or not extracted.
PARTIAL_CODES = {"no_text_layer", "extractor_error", "pages_unread", "ocr_unavailable", "ocr_failed"}


def status_of(result: ExtractionResult) -> str:
    """`partial` when part of the paper was not read or not extracted (PARTIAL_CODES), else ok."""
    return "partial" if any(w.code in PARTIAL_CODES for w in result.warnings) else "ok"


BUSY_TIMEOUT_S = 120.0
"""How long a writer waits for another batch writing the same store (each holds the lock only for
one file's transaction, well under a second; two batches on one --out take turns)."""


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the store at `path`: foreign keys on, WAL, explicit transactions, and
    a wait of BUSY_TIMEOUT_S for another batch writing the same store."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)  # BEGIN/COMMIT below
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _money(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _prov(p: Provenance) -> tuple:
    return (p.page, p.char_start, p.char_end, json.dumps(p.bbox) if p.bbox else None, p.snippet)


def _membership(a: Appointment, r: ExtractionResult) -> tuple:
    """An appointment as a `memberships` row (without document_id): its body or the paper's
    organisation, the canonical post, and the date it is shown at."""
    day = a.end_date if a.event in ("resigned", "left") else a.start_date
    date = day.isoformat() if day else (r.document.date if r.document.date
                                        and len(r.document.date) == 10 else None)
    iso = [d.isoformat() if d else None for d in (a.start_date, a.end_date)]
    return (a.organisation or r.document.organisation, a.post or a.role, a.role, a.person,
            a.status, a.event, int(a.future), *iso, date, *_prov(a.provenance))


def _in_pages(p: Provenance, pages: set[int] | None) -> bool:
    return pages is None or p.page in pages


@dataclass
class StoredDocument:
    """One document of a file's outcome, ready for the store (a paper or a pack item)."""

    result: ExtractionResult
    content_sha256: str
    seconds: float | None
    """extraction time (None for a pack's item: it is part of the pack's)"""
    json_path: str
    item_number: str | None = None
    first_page: int | None = None
    last_page: int | None = None
    # For a pack: only records on these pages belong to the pack row (the rest to its items).
    own_pages: set[int] | None = None
    page_hashes: dict[int, str] = field(default_factory=dict)
    """content hash per page (`packs.page_hashes`)"""
    page_texts: dict[int, str] = field(default_factory=dict)
    """the text of each page (what `search` finds on pages); the rows' pages only, as held_pages"""

    def held_pages(self) -> dict[int, str]:
        """The hashes of the pages whose records this row holds (a pack: only its own pages)."""
        return {n: h for n, h in self.page_hashes.items()
                if self.own_pages is None or n in self.own_pages}
    items: list[StoredDocument] = field(default_factory=list)


class Store:
    """The one writer. Each file is written in one transaction (all of it or nothing).

    `Store(folder)` opens (or creates) `folder/agendapack.sqlite`, upgrades an older store
    (`migrate`) and writes Datasette's `folder/metadata.json`."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / DB_NAME
        self.conn = connect(self.path)
        try:
            self.upgraded_from = migrate(self.conn, self.path)
        except BaseException:
            self.conn.close()
            raise
        write_metadata(folder)

    def close(self) -> None:
        """Close the connection (the store stays as written)."""
        self.conn.close()

    def to_frames(self):
        """One pandas DataFrame per record kind, with its paper (`pipeline.frames.store_frames`):
        documents, tables, cells, appointments, memberships, posts, dates, amounts, resolutions,
        warnings, errors. Money is exact (Decimal pounds)."""
        from .frames import store_frames

        return store_frames(self.conn)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- cache ---------------------------------------------------------------------------------
    def cached(self, sha256: str, version: str) -> str | None:
        """The stored status of this file at this pipeline version, or None."""
        row = self.conn.execute("SELECT status FROM files WHERE sha256 = ? AND pipeline_version = ?",
                                (sha256, version)).fetchone()
        return row[0] if row else None

    def unchanged(self, path: str, size: int, mtime_ns: int, version: str,
                  retry_failed: bool = True) -> tuple[str, str] | None:
        """('ok' | 'failed', message) when `path` has the size and modification time it had when
        this pipeline version last stored it (so it need not be read again), else None."""
        row = self.conn.execute(
            "SELECT f.status FROM inputs i JOIN files f ON f.sha256 = i.sha256 AND"
            " f.pipeline_version = i.pipeline_version WHERE i.path = ? AND i.pipeline_version = ?"
            " AND i.size = ? AND i.mtime_ns = ?", (path, version, size, mtime_ns)).fetchone()
        if row is None:
            return None
        if row[0] != "failed":
            stored = self.conn.execute("SELECT 1 FROM appearances WHERE path = ?", (path,)).fetchone()
            return ("ok", "") if stored else None
        if retry_failed:
            return None
        err = self.conn.execute("SELECT message FROM errors WHERE path = ? AND pipeline_version = ?",
                                (path, version)).fetchone()
        return ("failed", err[0]) if err else None

    def remember_input(self, path: str, sha256: str, size: int, mtime_ns: int,
                       version: str) -> None:
        """Record an input's size and modification time as read at `version`: a rerun that finds
        them unchanged does not read the file again (`unchanged`)."""
        self.conn.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?)",
                          (path, version, sha256, size, mtime_ns))

    # -- writing -------------------------------------------------------------------------------
    def _forget_file(self, sha256: str | None, path: str) -> None:
        """Remove what an earlier run stored for this path (any version, any earlier content),
        so nothing duplicates. Other paths holding the same bytes keep their rows."""
        c = self.conn
        c.execute("DELETE FROM appearances WHERE path = ?", (path,))
        c.execute("DELETE FROM errors WHERE path = ?", (path,))
        if sha256:  # the cache rows of other pipeline versions
            c.execute("DELETE FROM files WHERE sha256 = ? AND status = 'failed'", (sha256,))
        # Documents nobody links to any more (their records go with them: ON DELETE CASCADE).
        c.execute("DELETE FROM documents WHERE NOT EXISTS"
                  " (SELECT 1 FROM appearances a WHERE a.document_id = documents.id)")
        c.execute("DELETE FROM files WHERE NOT EXISTS (SELECT 1 FROM appearances a"
                  " WHERE a.file_sha256 = files.sha256) AND status != 'failed'")

    def _put_file_row(self, sha256: str, version: str, path: str, status: str,
                      pages: int | None, seconds: float | None) -> None:
        """The cache row of these bytes at this version (one per content: `path` is the first path
        in sort order that held them, whichever order the batch's workers finished in)."""
        self.conn.execute(
            "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256, pipeline_version)"
            " DO UPDATE SET path = min(path, excluded.path), status = excluded.status,"
            " pages = excluded.pages, seconds = excluded.seconds",
            (sha256, version, path, status, pages, seconds))

    def write_file(self, path: str, sha256: str, version: str, top: StoredDocument,
                   pages: int, seconds: float) -> int:
        """Store one file's documents (a paper, or a pack and its items). Returns the top row id."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            self._forget_file(sha256, path)
            top_id = self._write_document(path, sha256, version, top, parent_id=None)
            for item in top.items:
                self._write_document(path, sha256, version, item, parent_id=top_id)
            status = "partial" if any(
                status_of(d.result) != "ok" for d in [top, *top.items]) else "ok"
            self._put_file_row(sha256, version, path, status, pages, seconds)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return top_id

    def write_error(self, path: str, sha256: str | None, version: str, stage: str,
                    error_type: str, message: str, pages: int | None = None,
                    seconds: float | None = None) -> None:
        """One `errors` row for this path, replacing what it stored before (errors are keyed
        by path: two files with the same bytes that fail are two rows)."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            self._forget_file(sha256, path)
            c.execute("INSERT INTO errors (path, sha256, pipeline_version, stage, error_type, message)"
                      " VALUES (?, ?, ?, ?, ?, ?)", (path, sha256, version, stage, error_type, message))
            stored = sha256 and c.execute(
                "SELECT 1 FROM files WHERE sha256 = ? AND pipeline_version = ? AND status != 'failed'",
                (sha256, version)).fetchone()
            if sha256 and not stored:
                self._put_file_row(sha256, version, path, "failed", pages, seconds)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def record_path(self, path: str, sha256: str | None, version: str) -> None:
        """A file whose bytes the store already holds (cached): this path is recorded too, as an
        appearance of the same documents, or, for bytes that failed, as an error row of its own."""
        if not sha256:
            return
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            ok = c.execute("SELECT 1 FROM files WHERE sha256 = ? AND pipeline_version = ?"
                           " AND status != 'failed'", (sha256, version)).fetchone()
            if ok:
                have = c.execute("SELECT 1 FROM appearances a JOIN documents d ON d.id ="
                                 " a.document_id WHERE a.path = ? AND a.file_sha256 = ? AND"
                                 " d.pipeline_version = ?", (path, sha256, version)).fetchone()
                if not have:
                    self._forget_file(None, path)
                    c.execute(
                        "INSERT INTO appearances (document_id, file_sha256, path, parent_id,"
                        " item_number, first_page, last_page) SELECT a.document_id, a.file_sha256,"
                        " ?, a.parent_id, a.item_number, a.first_page, a.last_page FROM appearances a"
                        " JOIN documents d ON d.id = a.document_id WHERE a.file_sha256 = ? AND"
                        " d.pipeline_version = ? AND a.path = (SELECT min(b.path) FROM appearances b"
                        " WHERE b.file_sha256 = ?)", (path, sha256, version, sha256))
            elif not c.execute("SELECT 1 FROM errors WHERE path = ? AND pipeline_version = ?",
                               (path, version)).fetchone():
                c.execute("INSERT INTO errors (path, sha256, pipeline_version, stage, error_type,"
                          " message) SELECT ?, sha256, pipeline_version, stage, error_type,"
                          " replace(message, path, ?) FROM errors WHERE sha256 = ? AND"
                          " pipeline_version = ? ORDER BY path LIMIT 1",
                          (path, path, sha256, version))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def _write_document(self, path: str, sha256: str, version: str, d: StoredDocument,
                        parent_id: int | None) -> int:
        c = self.conn
        parent_link = False
        existing = c.execute("SELECT id, parent_id FROM documents WHERE content_sha256 = ?"
                             " AND pipeline_version = ?", (d.content_sha256, version)).fetchone()
        r = d.result
        info = r.document
        values = (path, sha256, d.content_sha256, r.source.format, r.source.pages, info.kind,
                  info.title, info.organisation, info.committee, info.date, status_of(r), version,
                  round(d.seconds, 3) if d.seconds is not None else None, parent_id,
                  d.item_number, d.first_page, d.last_page, d.json_path)
        columns = ("source_path, sha256, content_sha256, format, pages, kind, title, organisation,"
                   " committee, date, status, pipeline_version, seconds, parent_id, item_number,"
                   " first_page, last_page, json_path")
        held = d.held_pages()
        if existing is None and held:
            container = self._container_of(held, sha256, version)
            if container is not None:  # all of it is inside a paper already stored: link it
                existing = (container, None)
                parent_link = True
        if existing is None:
            doc_id = c.execute(f"INSERT INTO documents ({columns}) VALUES ({', '.join('?' * 18)})",
                               values).lastrowid
            self._write_records(doc_id, r, d.own_pages)
            self._write_text(doc_id, d)
            c.executemany("INSERT INTO document_pages VALUES (?, ?, ?)",
                          [(doc_id, n, h) for n, h in sorted(held.items())])
            for inner in self._inside(held, sha256, version, doc_id):
                # A paper stored earlier is part of this one: it becomes an appearance of this
                # row, its own copy of the records goes.
                c.execute("UPDATE appearances SET document_id = ? WHERE document_id = ?",
                          (doc_id, inner))
                c.execute("DELETE FROM documents WHERE id = ?", (inner,))
        elif parent_id is not None and existing[1] is None and not parent_link:
            # Stored from a standalone file, now found in a pack: the pack's item is what the row
            # holds (it knows the pack's organisation and committee), whichever came first.
            doc_id = existing[0]
            for table in ("tables", "appointments", "posts", "dates", "amounts", "resolutions",
                          "amendments", "warnings", "memberships", "page_texts", "search_entries"):
                c.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))
            c.execute(f"UPDATE documents SET ({columns}) = ({', '.join('?' * 18)}) WHERE id = ?",
                      (*values, doc_id))
            self._write_records(doc_id, r, d.own_pages)
            self._write_text(doc_id, d)
        else:  # the same content already stored from another file: link, do not copy
            doc_id = existing[0]
        c.execute("INSERT INTO appearances (document_id, file_sha256, path, parent_id, item_number,"
                  " first_page, last_page) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  (doc_id, sha256, path, parent_id, d.item_number, d.first_page, d.last_page))
        return doc_id

    def _write_text(self, doc_id: int, d: StoredDocument) -> None:
        """The document's page text, then its search entries (pages and records)."""
        c = self.conn
        c.executemany("INSERT INTO page_texts (document_id, page, text) VALUES (?, ?, ?)",
                      [(doc_id, n, text) for n, text in sorted(d.page_texts.items())
                       if text.strip() and (d.own_pages is None or n in d.own_pages)])
        for sql in INDEX_SQL:
            where = "t.document_id = ?" if "JOIN tables t" in sql else "p.document_id = ?"
            c.execute(sql.format(where=where), (doc_id,))

    def _container_of(self, held: dict[int, str], file_sha256: str, version: str) -> int | None:
        """A document of another file whose pages include every one of these pages."""
        marks = ", ".join("?" * len(held))
        row = self.conn.execute(
            f"SELECT dp.document_id FROM document_pages dp JOIN documents d ON d.id = dp.document_id"
            f" WHERE dp.content_sha256 IN ({marks}) AND d.sha256 != ? AND d.pipeline_version = ?"
            f" GROUP BY dp.document_id HAVING COUNT(DISTINCT dp.content_sha256) = ?"
            f" ORDER BY dp.document_id LIMIT 1",
            (*held.values(), file_sha256, version, len(set(held.values())))).fetchone()
        return row[0] if row else None

    def _inside(self, held: dict[int, str], file_sha256: str, version: str,
                doc_id: int) -> list[int]:
        """Documents of other files all of whose pages are among these (packs with items aside:
        their items hold their records)."""
        marks = ", ".join("?" * len(held))
        rows = self.conn.execute(
            f"SELECT dp.document_id, COUNT(DISTINCT dp.content_sha256),"
            f" (SELECT COUNT(DISTINCT content_sha256) FROM document_pages"
            f"  WHERE document_id = dp.document_id)"
            f" FROM document_pages dp JOIN documents d ON d.id = dp.document_id"
            f" WHERE dp.content_sha256 IN ({marks}) AND d.sha256 != ? AND d.pipeline_version = ?"
            f" AND d.id != ? AND NOT EXISTS (SELECT 1 FROM documents k WHERE k.parent_id = d.id)"
            f" GROUP BY dp.document_id",
            (*held.values(), file_sha256, version, doc_id)).fetchall()
        return [doc for doc, shared, total in rows if shared == total]

    def _write_records(self, doc_id: int, r: ExtractionResult, pages: set[int] | None) -> None:
        c = self.conn
        for ti, t in enumerate(x for x in r.tables if _in_pages(x.provenance, pages)):
            table_id = c.execute(
                "INSERT INTO tables (document_id, table_index, title, pages, unit, scale,"
                " checks_passed, checks_failed, page, char_start, char_end, bbox, snippet)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, ti, t.title, ",".join(map(str, t.pages)), t.unit, t.scale,
                 t.checks_passed, t.checks_failed, *_prov(t.provenance))).lastrowid
            for ri, row in enumerate(t.rows):
                row_id = c.execute(
                    "INSERT INTO table_rows (table_id, row_index, label, section, kind, \"check\","
                    " page, char_start, char_end, bbox, snippet, details)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (table_id, ri, row.label, row.section, row.kind, row.check,
                     *_prov(row.provenance),
                     json.dumps(row.details, ensure_ascii=False) if row.details else None)).lastrowid
                flags: dict[int | None, list[dict]] = {}
                for f in row.flags:
                    flags.setdefault(f.column, []).append(
                        f.model_dump(exclude={"column"}, exclude_none=True))
                cells = []
                for j, col in enumerate(t.columns):
                    value = row.values[j] if j < len(row.values) else None
                    raw = row.raw[j] if j < len(row.raw) else None
                    period = col.period
                    cells.append((row_id, j, col.label, col.measure,
                                  period.label if period else None,
                                  period.start.isoformat() if period else None,
                                  period.end.isoformat() if period else None,
                                  _money(value), raw,
                                  json.dumps(flags[j]) if j in flags else None))
                c.executemany("INSERT INTO table_cells (row_id, column_index, \"column\", measure,"
                              " period, period_start, period_end, value, raw, flags)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cells)
        c.executemany(
            "INSERT INTO appointments (document_id, person, role, organisation, status, start_date,"
            " event, page, char_start, char_end, bbox, snippet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, a.person, a.role, a.organisation, a.status,
              a.start_date.isoformat() if a.start_date else None, a.event, *_prov(a.provenance))
             for a in r.appointments if _in_pages(a.provenance, pages)])
        c.executemany(
            "INSERT INTO memberships (document_id, organisation, post, role, person, status, event,"
            " future, start_date, end_date, date, page, char_start, char_end, bbox, snippet)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, *_membership(a, r)) for a in r.appointments
             if _in_pages(a.provenance, pages)])
        c.executemany(
            "INSERT INTO posts (document_id, role, status, page, char_start, char_end, bbox, snippet)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, p.role, p.status, *_prov(p.provenance))
             for p in r.posts if _in_pages(p.provenance, pages)])
        c.executemany(
            "INSERT INTO dates (document_id, text, start, \"end\", grain, inferred, page, char_start,"
            " char_end, bbox, snippet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, d.text, d.start.isoformat(), d.end.isoformat(), d.grain, int(d.inferred),
              *_prov(d.provenance)) for d in r.dates if _in_pages(d.provenance, pages)])
        c.executemany(
            "INSERT INTO amounts (document_id, text, value, currency, page, char_start, char_end,"
            " bbox, snippet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, a.text, _money(a.value), a.currency, *_prov(a.provenance))
             for a in r.amounts if _in_pages(a.provenance, pages)])
        for res in r.resolutions:
            if not _in_pages(res.provenance, pages):
                continue
            o = res.outcome
            res_id = c.execute(
                "INSERT INTO resolutions (document_id, ref, kind, body, outcome, carried, unanimous,"
                " votes_for, votes_against, abstentions, moved_by, seconded_by, page, char_start,"
                " char_end, bbox, snippet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, res.ref, res.kind, res.body, o.text if o else None,
                 o.carried if o else None, o.unanimous if o else None,
                 o.votes_for if o else None, o.votes_against if o else None,
                 o.abstentions if o else None, res.moved_by, res.seconded_by,
                 *_prov(res.provenance))).lastrowid
            c.executemany("INSERT INTO resolution_items (resolution_id, item_index, number, text)"
                          " VALUES (?, ?, ?, ?)",
                          [(res_id, i, it.number, it.text) for i, it in enumerate(res.items)])
        c.executemany(
            "INSERT INTO amendments (document_id, ref, moved_by, seconded_by, amends, text, outcome,"
            " carried, votes_for, votes_against, abstentions, page, char_start, char_end, bbox,"
            " snippet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, a.ref, a.moved_by, a.seconded_by, a.amends, a.text,
              a.outcome.text if a.outcome else None, a.outcome.carried if a.outcome else None,
              a.outcome.votes_for if a.outcome else None, a.outcome.votes_against if a.outcome else None,
              a.outcome.abstentions if a.outcome else None, *_prov(a.provenance))
             for a in r.amendments if _in_pages(a.provenance, pages)])
        c.executemany("INSERT INTO warnings (document_id, code, message, page) VALUES (?, ?, ?, ?)",
                      [(doc_id, w.code, w.message, w.page) for w in r.warnings
                       if pages is None or w.page is None or w.page in pages])


def export_parquet(folder: Path, out: Path) -> list[Path]:
    """Write every table of `folder`'s store as `out/TABLE.parquet` (DuckDB's Parquet writer).

    Column types follow the SQLite declarations: nullable integers stay integers (pandas Int64),
    text stays text. DuckDB is used because its core writes Parquet without pyarrow.
    """
    import duckdb
    import pandas as pd

    db = folder / DB_NAME
    if not db.is_file():
        raise FileNotFoundError(f"{folder}: no {DB_NAME} here (run `agendapack batch ... --out {folder}`)")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    src = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    duck = duckdb.connect()
    present = {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    try:
        for name in (t for t in TABLES if t in present):  # a store of an older version lacks some
            frame = pd.read_sql_query(f'SELECT * FROM "{name}"', src, dtype_backend="numpy_nullable")
            target = out / f"{name}.parquet"
            duck.register("frame", frame)
            duck.execute(f"COPY (SELECT * FROM frame) TO '{_sql_string(str(target))}' (FORMAT PARQUET)")
            duck.unregister("frame")
            written.append(target)
    finally:
        src.close()
        duck.close()
    return written


def _sql_string(s: str) -> str:
    return s.replace("'", "''")


# ---------------------------------------------------------------------------------------------
# What each column holds beyond its SQLite type (Parquet export, DataFrames, Datasette)

MONEY_COLUMNS = {("table_cells", "value"), ("amounts", "value"), ("cells_v", "value"),
                 ("amounts_v", "value")}
"""pounds: exact Decimal in DataFrames, DECIMAL(18,4) in Parquet"""
BOOLEAN_COLUMNS = {"carried", "unanimous", "inferred", "future"}
DATE_COLUMNS = {"date", "start", "end", "start_date", "end_date", "period_start", "period_end"}
"""ISO dates as text in SQLite (a paper's date, documents.date, may be YYYY-MM)"""
JSON_COLUMNS = {"bbox"}
"""[x0, top, x1, bottom] as JSON text in SQLite; a list of numbers everywhere else"""

FACETS = ("organisation", "committee", "kind", "document_kind", "date", "year")
"""the columns Datasette offers as facets, where a table or view has them"""


def schema_descriptions() -> dict[str, dict]:
    """Each table's and view's description and its columns' descriptions, read from the comments
    of the schema itself (`-- ...` above a CREATE, and after a column)."""
    import re

    found: dict[str, dict] = {}
    comment: list[str] = []
    current: str | None = None
    # (the last definition of a view is the one a store has: DECISIONS_SCHEMA's resolutions_v)
    for line in (SCHEMA + SEARCH_SCHEMA + DECISIONS_SCHEMA).splitlines():
        stripped = line.strip()
        create = re.match(r"CREATE (?:VIRTUAL )?(?:TABLE|VIEW) IF NOT EXISTS (\w+)", stripped)
        if create:
            current = create.group(1)
            inline = stripped.split("--", 1)[1].strip() if "--" in stripped else ""
            found[current] = {"description": " ".join(comment) or inline, "columns": {}}
            comment = []
        elif stripped.startswith("--"):
            comment.append(stripped[2:].strip())
        elif current and "--" in stripped:
            column = re.match(r'"?(\w+)"?\s', stripped)
            if column:
                found[current]["columns"][column.group(1)] = stripped.split("--", 1)[1].strip()
        elif not stripped or stripped.startswith(")"):
            comment = [] if not stripped else comment
    found["resolutions"]["columns"].update(DECISION_COLUMNS)
    return found


def datasette_metadata(conn: sqlite3.Connection) -> dict:
    """Datasette's metadata for a store: titles, descriptions from the schema, the label of
    each document (its title), facets on organisation / committee / kind / year, and the search
    of `search_entries` (and `search_v`) wired to its FTS5 index."""
    described = schema_descriptions()
    tables: dict[str, dict] = {}
    names = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                         " AND name NOT LIKE 'search_entries_fts%' AND name != 'meta'"
                         " ORDER BY name").fetchall()
    for (name,) in names:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
        entry: dict = {"title": name.replace("_v", " (with paper)") if name.endswith("_v")
                       else name.replace("_", " ")}
        info = described.get(name, {})
        if info.get("description"):
            entry["description"] = info["description"]
        if info.get("columns"):
            entry["columns"] = info["columns"]
        facets = [c for c in FACETS if c in columns]
        if facets:
            entry["facets"] = facets
        if name == "documents":
            entry["label_column"] = "title"
        if name in ("search_entries", "search_v"):
            entry["fts_table"] = "search_entries_fts"
            entry["fts_pk"] = "id"
            entry["searchmode"] = "raw"  # FTS5 syntax: "local plan", precept*, a OR b
        tables[name] = entry
    return {
        "title": "agendapack store",
        "description": "Committee papers read by agendapack: one row per paper or agenda-pack "
                       "item in documents, their records with page and provenance; search in "
                       "search_v, records with their paper in the *_v views.",
        "databases": {Path(DB_NAME).stem: {"tables": tables}},
    }


def write_metadata(folder: Path) -> Path:
    """Write `folder/metadata.json` for Datasette (`datasette DB -m metadata.json`)."""
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        data = datasette_metadata(conn)
    finally:
        conn.close()
    target = folder / METADATA_NAME
    tmp = target.with_suffix(f".json.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, target)
    return target


def open_store(folder: Path) -> sqlite3.Connection:
    """A connection to `folder`'s store for reading, upgraded first if an older release wrote it.
    A clear error when there is none."""
    db = Path(folder) / DB_NAME
    if not db.is_file():
        raise FileNotFoundError(f"{folder}: no {DB_NAME} here (run `agendapack batch ... --out "
                                f"{folder}`)")
    conn = connect(db)
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != STORE_VERSION:
            migrate(conn, db)
    except BaseException:
        conn.close()
        raise
    return conn
