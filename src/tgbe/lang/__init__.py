"""Chinese-text building blocks shared by reading and parsing: numerals and regex pieces.

In: plain strings.  Out: integers, markers and compiled-pattern fragments; no notice types."""
