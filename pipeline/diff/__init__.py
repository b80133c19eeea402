"""What changed between two papers: matching, typed changes, and reports people read.

    >>> from pipeline.diff import load_result, diff_results, render_markdown
    >>> d = diff_results(load_result("samples/wsx-children-first-update-2020-06.txt"),
    ...                  load_result("samples/wsx-children-first-progress-2020-09.txt"))
    >>> print(render_markdown(d))   # or render_html(d), or d.to_json()
"""

from .context import BadResult, load_result
from .core import KIND_ORDER, diff_results
from .render import render_html, render_markdown, summary_line
from .timeline import timeline, timeline_csv, timeline_html

__all__ = ["diff_results", "render_markdown", "render_html", "load_result", "summary_line",
           "timeline", "timeline_csv", "timeline_html", "KIND_ORDER", "BadResult"]
