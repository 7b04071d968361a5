"""Tracking: deadlines, the progress ledger, measure queries and per-unit summaries.

In: a :class:`~tgbe.models.Notice` and a ledger.  Out: reports (overdue, due soon, by unit)."""
