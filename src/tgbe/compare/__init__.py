"""Comparing texts: two editions of a notice (diff), measures shared across notices, similarity.

In: notices or lists of texts.  Out: pairings, diffs and duplicate groups."""
