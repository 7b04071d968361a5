"""Linting: configuration, the engine, baselines and the rules (``tgbe.lint.rules``).

In: a :class:`~tgbe.models.Notice` and a config.
Out: sorted findings (:class:`~tgbe.models.Diagnostic`).
"""
