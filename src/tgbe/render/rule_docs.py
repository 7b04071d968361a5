"""The rule reference in Markdown (``tgbe rules --format md``), generated from the rules.

Each rule's docstring is its documentation (What it finds / Why it matters / Example); this
module turns the catalogue into ``docs/reference/rules.md``: a table of every rule, then a
section per rule with its severity, group, options and the docstring body.  Headings and
labels exist in English and Chinese; the docstrings are shown as written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from tgbe.infra.i18n import Lang
from tgbe.lint.rules.base import Rule
from tgbe.lint.rules.catalog import RuleInfo, rule_info

_LABELS: dict[str, dict[Lang, str]] = {
    "title": {"en": "Lint rule reference", "zh": "检查规则参考"},
    "generated": {
        "en": ("Generated from the rules' docstrings by `tgbe rules --format md` "
               "(`make docs`); do not edit by hand."),
        "zh": "由 `tgbe rules --format md --lang zh` 根据各规则的文档字符串生成，请勿手工修改。",
    },
    "count": {"en": "{count} rules. ", "zh": "共 {count} 条规则。"},
    "configure": {
        "en": ("Select rules with `--select`/`--ignore` (codes, names, groups or prefixes), "
               "change a severity with `[severity]` and an option with `[rules.CODE]` in "
               "`tgbe.toml`; see [configuration](configuration.md). "
               "`tgbe explain CODE` prints one section in the terminal."),
        "zh": ("用 `--select`/`--ignore`（代码、名称、分组或前缀）选择规则，在 `tgbe.toml` 的 "
               "`[severity]` 中修改严重程度，在 `[rules.CODE]` 中修改选项；见"
               "[配置](configuration.md)。`tgbe explain CODE` 在终端显示单条规则。"),
    },
    "code": {"en": "Code", "zh": "代码"},
    "name": {"en": "Name", "zh": "名称"},
    "severity": {"en": "Severity", "zh": "严重程度"},
    "group": {"en": "Group", "zh": "分组"},
    "summary": {"en": "Summary", "zh": "概要"},
    "options": {"en": "Options (`rules.{code}.<option>` in the configuration)",
                "zh": "选项（配置中的 `rules.{code}.<选项>`）"},
    "no_options": {"en": "Options: none.", "zh": "选项：无。"},
    "option": {"en": "Option", "zh": "选项"},
    "type": {"en": "Type", "zh": "类型"},
    "default": {"en": "Default", "zh": "默认值"},
    "meaning": {"en": "Meaning", "zh": "含义"},
    "diagnostics": {"en": "Reports the parser diagnostics", "zh": "报告的解析诊断"},
}

_LITERAL = re.compile(r"``(.+?)``")
_RST_BLOCK = re.compile(r"::$", re.MULTILINE)


def _label(key: str, lang: Lang, **values: object) -> str:
    return _LABELS[key][lang].format(**values)


def _cell(text: str) -> str:
    """``text`` safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def docstring_markdown(documentation: str) -> str:
    """A rule docstring as Markdown: ````x```` becomes `` `x` `` and ``Example::`` blocks
    (indented, after a blank line) become indented code blocks."""
    return _RST_BLOCK.sub(":", _LITERAL.sub(r"`\1`", documentation))


def _anchor(info: RuleInfo) -> str:
    return f"{info.code}-{info.name}".lower()


def _section(rule: type[Rule], info: RuleInfo, lang: Lang) -> list[str]:
    summary, _, body = docstring_markdown(info.documentation).partition("\n")
    lines = [f"## {info.code} {info.name}", "",
             f"**{_label('severity', lang)}:** {info.severity.value} · "
             f"**{_label('group', lang)}:** {info.group}", "", summary.strip()]
    if body.strip():
        lines += ["", body.strip()]
    lines.append("")
    if info.options:
        fields = rule.Options.model_fields
        lines += [f"{_label('options', lang, code=info.code)}:", "",
                  f"| {_label('option', lang)} | {_label('type', lang)} | "
                  f"{_label('default', lang)} | {_label('meaning', lang)} |",
                  "|---|---|---|---|"]
        lines += [f"| `{option.name}` | {option.type} | "
                  f"`{_cell(json.dumps(option.default, ensure_ascii=False))}` | "
                  f"{_cell(fields[option.name].description or '')} |"
                  for option in info.options]
    else:
        lines.append(_label("no_options", lang))
    if info.parser_diagnostics:
        codes = ", ".join(f"`{code}`" for code in info.parser_diagnostics)
        lines += ["", f"{_label('diagnostics', lang)}: {codes}."]
    return [*lines, ""]


def rule_reference(rules: Sequence[type[Rule]], lang: Lang = "en") -> str:
    """The Markdown rule reference of ``rules``: a summary table, then one section each."""
    infos = [rule_info(rule, lang) for rule in rules]
    lines = [f"# {_label('title', lang)}", "", f"<!-- {_label('generated', lang)} -->", "",
             _label("count", lang, count=len(infos)) + _label("configure", lang), "",
             f"| {_label('code', lang)} | {_label('name', lang)} | {_label('severity', lang)} | "
             f"{_label('group', lang)} | {_label('summary', lang)} |",
             "|---|---|---|---|---|"]
    lines += [f"| [{info.code}](#{_anchor(info)}) | {info.name} | {info.severity.value} | "
              f"{info.group} | {_cell(docstring_markdown(info.summary))} |" for info in infos]
    lines.append("")
    for rule, info in zip(rules, infos, strict=True):
        lines += _section(rule, info, lang)
    return "\n".join(lines).rstrip("\n") + "\n"
