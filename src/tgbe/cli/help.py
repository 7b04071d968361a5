"""Help a Chinese analyst can read: localised ``--help`` and ``tgbe help [zh|en]``.

English help is declared with each command and option; the Chinese texts are in
:data:`tgbe.infra.messages.HELP_ZH`.  :func:`localised` gives the Chinese view of a
command (a copy: the registered command stays English), :func:`plain` takes
reStructuredText markup out of help texts, and ``tgbe help`` describes every command and
option on one page.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

import click

from tgbe.infra.i18n import Lang, resolve_lang, tr
from tgbe.infra.messages import HELP_ZH, MESSAGES

_RST = re.compile(r"``([^`]*)``|:(?:class|func|data|mod|meth):`~?([^`]*)`")
# click's own words in help pages, and their Chinese.
_CLICK_WORDS = {
    "Usage: ": "用法：", "Usage:": "用法：", "Options:": "选项：", "Commands:": "命令：",
    "Show this message and exit.": HELP_ZH["opt.help"],
    "Show the version and exit.": HELP_ZH["opt.version"],
    "[default: ": "[默认：", "[required]": "[必填]",
}


def plain(text: str | None) -> str | None:
    """``text`` without reStructuredText markup: ````x```` → ``x``, ``::`` → ``:``."""
    if not text:
        return text
    text = _RST.sub(lambda match: match.group(1) or match.group(2), text)
    return re.sub(r"(?<=\S)::(?=\s|$)", ":", text)


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (a command's one-line summary, never cut short)."""
    flat = " ".join(text.split())
    match = re.search(r"(?<=[.。])\s", flat)
    return flat[: match.start()] if match else flat


def tidy(command: click.Command) -> None:
    """Take markup out of ``command``'s help texts and give subcommands whole summaries."""
    command.help = plain(command.help)
    for param in command.params:
        if isinstance(param, click.Option):
            param.help = plain(param.help)
    for sub in getattr(command, "commands", {}).values():
        tidy(sub)
        if sub.help and not sub.short_help:
            sub.short_help = first_sentence(sub.help)


def option_help(path: str, param: click.Parameter) -> str | None:
    """The Chinese help of ``param`` of the command at ``path`` (``status.init``)."""
    parts = path.split(".")
    for depth in range(len(parts), -1, -1):
        key = ".".join(["opt", *parts[:depth], param.name or ""])
        if key in HELP_ZH:
            return HELP_ZH[key]
    return None


def chinese_words(page: str) -> str:
    """A help page with click's own headings and notes in Chinese."""
    for english, chinese in _CLICK_WORDS.items():
        page = page.replace(english, chinese)
    return page


class _ChineseHelp(click.Command):
    """Mixed into a localised copy: click's own words in Chinese too."""

    def get_help(self, ctx: click.Context) -> str:
        """The help page with click's headings and notes in Chinese."""
        return chinese_words(super().get_help(ctx))


def localised(command: click.Command, path: str, lang: Lang) -> click.Command:
    """``command`` as shown under ``lang``: itself for English, a Chinese copy for zh."""
    if lang != "zh" or isinstance(command, _ChineseHelp):
        return command
    view = copy.copy(command)
    view.__class__ = type(f"Chinese{type(command).__name__}", (_ChineseHelp, type(command)), {})
    view.help = HELP_ZH.get(f"doc.{path}", command.help)
    view.short_help = tr(f"cmd.{path}", "zh") if f"cmd.{path}" in MESSAGES else None
    view.params = [_localised_param(param, path) for param in command.params]
    commands: dict[str, click.Command] | None = getattr(command, "commands", None)
    if commands is not None:
        view.commands = {  # type: ignore[attr-defined]
            name: localised(sub, f"{path}.{name}", lang) for name, sub in commands.items()
        }
    return view


def _localised_param(param: click.Parameter, path: str) -> click.Parameter:
    zh = option_help(path, param)
    if zh is None or not isinstance(param, click.Option):
        return param
    view = copy.copy(param)
    view.help = zh
    return view


def lang_in_args(args: list[str]) -> Lang | None:
    """The ``--lang`` given among ``args`` (``--lang zh`` or ``--lang=zh``), if any."""
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args) and args[index + 1] in ("zh", "en"):
            return args[index + 1]  # type: ignore[return-value]
        if arg in ("--lang=zh", "--lang=en"):
            return arg[len("--lang="):]  # type: ignore[return-value]
    return None


def help_page(group: click.Group, ctx: click.Context, lang: Lang) -> str:
    """Every command with its summary and options, in ``lang``, on one page."""
    lines = [tr("help.title", lang), tr("help.exit_codes", lang), ""]
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is not None:
            lines.extend(_describe(command, name, lang))
    lines.append(tr("help.more", lang))
    return "\n".join(lines) + "\n"


def _describe(command: click.Command, path: str, lang: Lang) -> Iterator[str]:
    view = localised(command, path, lang)
    words = path.replace(".", " ")
    yield f"tgbe {words} — {tr(f'cmd.{path}', lang)}"
    for param in view.params:
        if isinstance(param, click.Option) and not param.hidden:
            yield f"    {', '.join(param.opts + param.secondary_opts):<24} {param.help or ''}"
    yield ""
    for name, sub in getattr(view, "commands", {}).items():
        yield from _describe(sub, f"{path}.{name}", lang)


@click.command("help")
@click.argument("language", type=click.Choice(["zh", "en"]), required=False)
@click.pass_context
def help_command(ctx: click.Context, /, language: str | None) -> int:
    """Describe every command and option (LANGUAGE zh or en; default: --lang, the locale)."""
    group = ctx.parent.command if ctx.parent else None
    if not isinstance(group, click.Group):
        raise click.UsageError(tr("usage.help_only"))
    lang = resolve_lang(language)
    click.echo(help_page(group, ctx, lang), nl=False)
    return 0
