"""Domain data of tgbe: field labels, level words, unit aliases and collective phrases.

Everything a notice's wording varies on lives here (or in ``units.yaml``), never as
literals scattered through the parser or the rules.
"""
