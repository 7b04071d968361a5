"""What ``tgbe rules`` and ``tgbe explain`` show: each rule's facts, docs and options."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from tgbe.infra.i18n import Lang
from tgbe.lint.rules.base import FINDINGS_SCHEMA_VERSION, Rule
from tgbe.lint.rules.registry import RULES
from tgbe.models import Model, Severity


class RuleOption(Model):
    """One option of a rule, as ``rules.<CODE>.<name>`` in the configuration."""

    name: str
    type: str
    default: Any = None


class RuleInfo(Model):
    """A registered rule: code, name, group, default severity, documentation, options."""

    code: str
    name: str
    group: str
    severity: Severity
    summary: str
    documentation: str
    options: list[RuleOption] = Field(default_factory=list)
    parser_diagnostics: list[str] = Field(default_factory=list)


class RuleCatalog(Model):
    """The JSON document of ``tgbe rules -f json``."""

    schema_version: str = FINDINGS_SCHEMA_VERSION
    rules: list[RuleInfo] = Field(default_factory=list)


def rule_info(rule: type[Rule], lang: Lang = "en") -> RuleInfo:
    """The facts of one rule class, its summary and documentation in ``lang``."""
    defaults = rule.Options().model_dump(mode="json")
    options = [
        RuleOption(name=name, type=_type_name(field.annotation), default=defaults[name])
        for name, field in rule.Options.model_fields.items()
    ]
    return RuleInfo(code=rule.code, name=rule.name, group=rule.group, severity=rule.severity,
                    summary=rule.summary(lang), documentation=rule.documentation(lang),
                    options=options, parser_diagnostics=sorted(rule.diagnostics))


def _type_name(annotation: Any) -> str:
    return getattr(annotation, "__name__", None) or str(annotation).replace("typing.", "")


def catalog(lang: Lang = "en") -> RuleCatalog:
    """Every registered rule, in registry order, summaries in ``lang``."""
    return RuleCatalog(rules=[rule_info(rule, lang) for rule in RULES])
