"""Exploring a batch store from Python: search, DataFrames, SQL views (a notebook in script form:
each `# %%` is a cell in Jupyter / VS Code; `python examples/explore_store.py out/` runs it all).

Make a store first:  agendapack batch samples/ --out out/
"""

# %% The store and its search
import sys
from pathlib import Path

from pipeline import Store
from pipeline.search import search

store_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "out")

hits = search(store_dir, "precept")
print(f"{len(hits)} hits for 'precept'")
for hit in hits[:5]:
    print(f"  {hit.date}  {hit.organisation}  {hit.kind}  {hit.link}")
    print(f"    {hit.plain_snippet('[', ']')}")

# %% One DataFrame per record kind, each with its paper (money is exact: Decimal pounds)
with Store(store_dir) as store:
    frames = store.to_frames()
for kind, frame in frames.items():
    print(f"{kind:13} {len(frame):6} rows")

resolutions = frames["resolutions"]
print("resolutions per organisation:")
print(resolutions.groupby("organisation").size().sort_values(ascending=False).to_string())

cells = frames["cells"]
totals = cells[cells["row_kind"] == "total"].groupby("document_title")["value"].sum()
print("sum of the total rows per paper (pounds):")
print(totals.to_string())

# %% The same store in SQL: the views join in organisation, committee, date and page
import sqlite3  # noqa: E402

conn = sqlite3.connect(store_dir / "agendapack.sqlite")
print("resolutions whose items mention a precept:")
for row in conn.execute("SELECT date, organisation, kind, items FROM resolutions_v"
                        " WHERE items LIKE '%precept%' ORDER BY date LIMIT 5"):
    print(row)
conn.close()
