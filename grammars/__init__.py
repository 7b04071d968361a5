"""Lark grammars of tgbe, shipped inside the package as ``tgbe.grammars``."""
