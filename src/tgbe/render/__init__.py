"""Renderers: models to text (table, JSON, YAML …); no parsing, no exit codes."""
