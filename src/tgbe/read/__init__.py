"""Stage 1, reading: bytes (text, .docx, .pdf, stdin) become normalised text with a line map.

In: a path or bytes.
Out: :class:`~tgbe.read.reader.SourceText`, whose positions map back to the user's file.
"""
