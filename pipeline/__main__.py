"""`python -m pipeline ...` is the `agendapack` command (for a checkout without the script)."""

from .cli import app

app(prog_name="agendapack")
