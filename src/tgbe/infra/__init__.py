"""Infrastructure shared by every stage: atomic output, the clock, i18n, process speed, safe YAML.

In: nothing of tgbe above ``errors``.  Out: small helpers with no knowledge of notices."""
