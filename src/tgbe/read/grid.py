"""The shape of an office table as read: rows of cells, each cell the lines it holds.

Kept apart from the .docx reader so that reading a plain-text notice never loads it.
"""

from __future__ import annotations

# A table's rows; a cell is the 1-based numbers of its lines, or None where a merged cell
# continues (it was read in the row and column where it starts).
GridCell = tuple[int, ...] | None
Grid = tuple[tuple[GridCell, ...], ...]
