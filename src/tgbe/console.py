"""The ``tgbe`` console script: the CLI, started with the collector out of its way.

This module imports nothing at load time, so that the collector is paused before click and
the CLI load (:func:`tgbe.infra.perf.begin_start_up`); the CLI resumes it, with everything
loaded so far frozen, once the subcommand's modules are in (:func:`tgbe.cli.main`).
"""

from __future__ import annotations


def main() -> None:
    """Console-script entry point (``tgbe``): :func:`tgbe.cli.main` after a paused start-up."""
    from tgbe.infra.perf import begin_start_up

    begin_start_up()
    from tgbe.cli import main as run

    run()
