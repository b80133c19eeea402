"""The store as Parquet with a declared schema (`agendapack export DIR --parquet OUT`).

Types are declared per column, never guessed from the data, so every export of every store has
the same schema, even for a table or column that is empty or all null:

- money (`table_cells.value`, `amounts.value`): DECIMAL(18,4), exact pounds to 1/100 of a penny
  (papers print unit prices and rates such as 5.2250 in tables: scale 2 would round them);
- dates: DATE (`documents.date` known only to the month is the first of the month, with
  `date_grain` = month; otherwise day);
- flags (`carried`, `unanimous`, `inferred`, `future`): BOOLEAN;
- `bbox`: a list of four numbers (x0, top, x1, bottom in PDF points);
- other columns as SQLite declares them (INTEGER -> int64, REAL -> double, TEXT -> string);
  JSON text (`details`, `flags`) stays a string.

Each column's description from the schema is kept in the Parquet field metadata. Rows are read
from SQLite and written in batches of `BATCH_ROWS` (never a whole table in memory).
`partition_by=["organisation", "year"]` writes `OUT/TABLE/paper_organisation=.../paper_year=.../`
(hive layout: pandas, DuckDB and pyarrow read the folder back with the two columns) for every
table whose rows belong to a paper; `files` and `errors` stay one file each.

Needs pyarrow: the `[parquet]` extra (`pip install 'agendapack[parquet]'`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from .store import (
    BOOLEAN_COLUMNS,
    DATE_COLUMNS,
    DB_NAME,
    JSON_COLUMNS,
    MONEY_COLUMNS,
    TABLES,
    open_store,
    schema_descriptions,
)

log = logging.getLogger(__name__)

BATCH_ROWS = 20_000
"""rows per record batch: a few MB of a wide table at a time, large enough for Parquet's row
groups to compress well"""

MONEY_PRECISION, MONEY_SCALE = 18, 4
"""DECIMAL(18,4): pounds to four decimal places, up to a hundred trillion pounds. Scale 4, not 2:
table cells hold unit prices and rates printed to four places (a treasury report's 5.2250%)."""
QUANTUM = Decimal(1).scaleb(-MONEY_SCALE)

PARTITION_KEYS = {"organisation": "paper_organisation", "year": "paper_year"}
"""--partition-by value -> the column (and folder) it becomes; named for the paper because
appointments and memberships have an `organisation` of their own"""

# How each table's rows reach their paper (documents d), for partitioning.
PAPER_OF = {
    "documents": "LEFT JOIN documents d ON d.id = x.id",
    "table_rows": "LEFT JOIN tables t ON t.id = x.table_id "
                  "LEFT JOIN documents d ON d.id = t.document_id",
    "table_cells": "LEFT JOIN table_rows r ON r.id = x.row_id LEFT JOIN tables t ON t.id = "
                   "r.table_id LEFT JOIN documents d ON d.id = t.document_id",
    "resolution_items": "LEFT JOIN resolutions r ON r.id = x.resolution_id "
                        "LEFT JOIN documents d ON d.id = r.document_id",
}
UNPARTITIONED = {"files", "errors", "inputs"}
"""tables of input files, not of papers: always one file each"""


class MissingPyarrow(RuntimeError):
    """pyarrow (the [parquet] extra) is not installed."""


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.dataset as ds
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingPyarrow("Parquet export needs pyarrow, which is not installed: "
                             "pip install 'agendapack[parquet]'") from None
    return pa, pq, ds


def _arrow_type(pa, table: str, column: str, declared: str):
    if (table, column) in MONEY_COLUMNS:
        return pa.decimal128(MONEY_PRECISION, MONEY_SCALE)
    if column in BOOLEAN_COLUMNS:
        return pa.bool_()
    if column in DATE_COLUMNS:
        return pa.date32()
    if column in JSON_COLUMNS:
        return pa.list_(pa.float64())
    declared = declared.upper()
    if "INT" in declared:
        return pa.int64()
    if declared in ("REAL", "FLOAT", "DOUBLE"):
        return pa.float64()
    return pa.string()


def _money(value, where: str) -> Decimal | None:
    if value is None:
        return None
    exact = Decimal(str(value))  # SQLite's REAL: its shortest repr is the number written
    held = exact.quantize(QUANTUM)
    if held != exact:
        log.warning("%s: %s has more than %d decimal places: written as %s", where, value,
                    MONEY_SCALE, held)
    return held


def _date(value) -> dt.date | None:
    if value is None:
        return None
    return dt.date.fromisoformat(value if len(value) == 10 else f"{value[:7]}-01")


def _converter(table: str, column: str):
    if (table, column) in MONEY_COLUMNS:
        return lambda v: _money(v, f"{DB_NAME} {table}.{column}")
    if column in BOOLEAN_COLUMNS:
        return lambda v: None if v is None else bool(v)
    if column in DATE_COLUMNS:
        return _date
    if column in JSON_COLUMNS:
        return lambda v: None if v is None else [float(x) for x in json.loads(v)]
    return None


def table_schema(conn: sqlite3.Connection, table: str, partition_by: list[str] = ()):
    """The declared pyarrow schema of one table's export (its columns, `date_grain` after
    `documents.date`, then the partition columns)."""
    pa, _, _ = _pyarrow()
    described = schema_descriptions().get(table, {}).get("columns", {})
    fields = []
    for _, name, declared, *_ in conn.execute(f'PRAGMA table_info("{table}")'):
        meta = {"description": described[name]} if name in described else None
        fields.append(pa.field(name, _arrow_type(pa, table, name, declared), metadata=meta))
        if table == "documents" and name == "date":
            fields.append(pa.field("date_grain", pa.string(),
                                   metadata={"description": "day | month: how much of `date` "
                                                            "the paper gives"}))
    for key in partition_by:
        fields.append(pa.field(PARTITION_KEYS[key],
                               pa.string() if key == "organisation" else pa.int32()))
    return pa.schema(fields, metadata={"table": table, "source": DB_NAME})


def _batches(conn: sqlite3.Connection, table: str, schema, partition_by: list[str]) -> Iterator:
    pa, _, _ = _pyarrow()
    columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    select = ", ".join(f'x."{c}"' for c in columns)
    join = ""
    if partition_by:
        join = PAPER_OF.get(table, "LEFT JOIN documents d ON d.id = x.document_id")
        select += ", d.organisation, CAST(substr(d.date, 1, 4) AS INTEGER)"
    cursor = conn.execute(f'SELECT {select} FROM "{table}" x {join} ORDER BY x.rowid')
    converters = [_converter(table, c) for c in columns]
    date_at = columns.index("date") if table == "documents" else None
    while rows := cursor.fetchmany(BATCH_ROWS):
        data: dict[str, list] = {}
        for j, (name, convert) in enumerate(zip(columns, converters, strict=True)):
            raw = [row[j] for row in rows]
            data[name] = [convert(v) for v in raw] if convert else raw
            if j == date_at:
                data["date_grain"] = [None if v is None else "day" if len(v) == 10 else "month"
                                      for v in raw]
        for key in partition_by:  # the paper's organisation and year follow the columns
            at = len(columns) + (0 if key == "organisation" else 1)
            data[PARTITION_KEYS[key]] = [row[at] for row in rows]
        yield pa.RecordBatch.from_pydict({f.name: data[f.name] for f in schema}, schema=schema)


def export_parquet(folder: Path, out: Path, partition_by: list[str] = ()) -> list[Path]:
    """Write every table of `folder`'s store under `out`: `TABLE.parquet`, or with
    `partition_by` (a sub-list of ["organisation", "year"]) a hive-partitioned folder `TABLE/` for
    each table of papers' records. Returns what was written."""
    pa, pq, ds = _pyarrow()
    partition_by = list(partition_by)
    unknown = [k for k in partition_by if k not in PARTITION_KEYS]
    if unknown or len(set(partition_by)) != len(partition_by):
        raise ValueError(f"--partition-by takes organisation and/or year, comma-separated "
                         f"(got {','.join(partition_by)!r})")
    open_store(folder).close()  # upgrades a store of an older release first
    # pyarrow's dataset writer pulls the batches from a thread of its own (one at a time)
    conn = sqlite3.connect(f"file:{Path(folder) / DB_NAME}?mode=ro", uri=True,
                           check_same_thread=False)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        for table in TABLES:
            keys = [] if table in UNPARTITIONED else partition_by
            schema = table_schema(conn, table, keys)
            if not keys:
                target = out / f"{table}.parquet"
                with pq.ParquetWriter(target, schema) as writer:
                    for batch in _batches(conn, table, schema, []):
                        writer.write_batch(batch)
            else:
                target = out / table
                part = pa.schema([schema.field(PARTITION_KEYS[k]) for k in keys])
                ds.write_dataset(_batches(conn, table, schema, keys), target, schema=schema,
                                 format="parquet", basename_template="part-{i}.parquet",
                                 partitioning=ds.partitioning(part, flavor="hive"),
                                 existing_data_behavior="delete_matching")
                if not any(target.rglob("*.parquet")):  # no rows: one empty file keeps the schema
                    target.mkdir(parents=True, exist_ok=True)
                    pq.write_table(schema.empty_table(), target / "part-0.parquet")
            written.append(target)
    finally:
        conn.close()
    return written
