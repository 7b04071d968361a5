"""Hypothesis strategies that damage the seed the way real files get damaged."""

from __future__ import annotations

from hypothesis import strategies as st

from tests.conftest import SEED

SEED_LINES: tuple[str, ...] = tuple(SEED.read_text(encoding="utf-8").split("\n"))
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "gbk", "gb18030")
LINE_EDITS = ("delete", "duplicate", "swap", "insert", "cut")
# Any position; taken modulo the current length so that edits compose.
_ANYWHERE = st.integers(min_value=0, max_value=10**6)


@st.composite
def mutated_lines(draw: st.DrawFn) -> list[str]:
    """The seed's lines after one to five deletions, duplications, swaps, insertions, cuts."""
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(min_value=1, max_value=5))):
        edit = draw(st.sampled_from(LINE_EDITS))
        index = draw(_ANYWHERE) % len(lines)
        if edit == "delete" and len(lines) > 1:
            del lines[index : index + draw(st.integers(min_value=1, max_value=40))]
        elif edit == "duplicate":
            lines.insert(index, lines[index])
        elif edit == "swap":
            other = draw(_ANYWHERE) % len(lines)
            lines[index], lines[other] = lines[other], lines[index]
        elif edit == "insert":
            line = lines[index]
            at = draw(_ANYWHERE) % (len(line) + 1)
            lines[index] = line[:at] + draw(st.text(min_size=1, max_size=30)) + line[at:]
        else:
            lines[index] = lines[index][: draw(_ANYWHERE) % (len(lines[index]) + 1)]
    return lines


@st.composite
def mutated_text(draw: st.DrawFn) -> str:
    """Mutated seed text, sometimes cut off anywhere."""
    text = "\n".join(draw(mutated_lines()))
    if draw(st.booleans()):
        text = text[: draw(_ANYWHERE) % (len(text) + 1)]
    return text


@st.composite
def mutated_bytes(draw: st.DrawFn) -> bytes:
    """Mutated seed text in another encoding, with flipped bytes and cut anywhere."""
    text = draw(mutated_text())
    data = bytearray(text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace"))
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        if data:
            data[draw(_ANYWHERE) % len(data)] ^= draw(st.integers(min_value=1, max_value=255))
    if data and draw(st.booleans()):
        del data[draw(_ANYWHERE) % len(data) :]
    return bytes(data)
