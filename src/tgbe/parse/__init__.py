"""Stage 2, parsing: normalised text → outline (Lark grammar) → typed models.

In: :class:`~tgbe.read.reader.SourceText`.
Out: :class:`~tgbe.models.Notice`, with units, dates and targets resolved.
"""
