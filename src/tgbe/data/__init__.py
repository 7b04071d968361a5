"""Domain data of tgbe: field labels, level words, unit aliases and collective phrases.

Everything a notice's wording varies on lives here (or in ``aliases.py``), never as
literals scattered through the parser or the rules.
"""
