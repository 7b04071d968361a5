"""Rendering: models and reports become text (table, JSON, YAML, CSV, xlsx, SARIF, schemas).

In: models and reports of the stages below.  Out: strings and files; no parsing, no exit codes."""
