"""The lint rules: one module per rule family, registered explicitly in ``registry``.

In: a notice in a lint context.  Out: findings with a stable code, name and severity."""
