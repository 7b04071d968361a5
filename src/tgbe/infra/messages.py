"""Every message tgbe writes for people, in Chinese and English: ``id -> (zh, en)``.

One table in one module, so that a translator reads all of tgbe on one screen and a test
renders every id in both languages (``tests/i18n``).  Templates use ``str.format`` fields;
Chinese texts use full-width punctuation.  Ids ending in ``.plural`` are the English
plural of the id before them (Chinese has one form).  Lint rule messages stay beside their
rules (each rule states its own ``zh``/``en`` pair); option help in Chinese is in
:data:`HELP_ZH`.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Column headers of tables, CSV files and workbooks.
    "col.id": ("编号", "ID"),
    "col.indicator": ("指标", "Indicator"),
    "col.measure": ("举措", "Measure"),
    "col.due": ("完成时限", "Due"),
    "col.deadline": ("时限原文", "Deadline as written"),
    "col.units": ("责任单位", "Units"),
    "col.status": ("状态", "Status"),
    "col.role": ("角色", "Role"),
    "col.date": ("日期", "Date"),
    "col.new_deadline": ("新时限", "New deadline"),
    "col.note": ("备注", "Note"),
    "col.unit": ("单位", "Unit"),
    "col.written_as": ("写法", "Written as"),
    "col.collective": ("集合", "Collective"),
    "col.lead": ("牵头", "Lead"),
    "col.responsible": ("责任", "Responsible"),
    "col.earliest": ("最早时限", "Earliest deadline"),
    "col.number": ("序号", "#"),
    "col.lead_units": ("牵头单位", "Lead units"),
    "col.benchmark": ("对标城市", "Benchmark"),
    "col.level": ("水平", "Level"),
    "col.measures": ("举措数", "Measures"),
    "col.where": ("位置", "Where"),
    "col.metric": ("指标项", "Metric"),
    "col.comparator": ("比较", "Comparator"),
    "col.value": ("目标值", "Value"),
    "col.quantity_unit": ("计量单位", "Unit"),
    "col.raw": ("原文", "As written"),
    "col.line": ("行", "Line"),
    "col.code": ("代码", "Code"),
    "col.name": ("名称", "Name"),
    "col.group": ("分组", "Group"),
    "col.severity": ("级别", "Severity"),
    "col.summary": ("说明", "Summary"),
    "col.path": ("文件", "path"),
    "col.count": ("数量", "Count"),
    "col.similarity": ("相似度", "Similarity"),
    "col.earlier": ("在先", "Earlier"),
    "col.later": ("在后", "Later"),
    # CSV columns of ``tgbe targets`` (English names as machines have read them so far).
    "target.indicator": ("指标", "indicator"),
    "target.measure_id": ("举措编号", "measure_id"),
    "target.metric": ("指标项", "metric"),
    "target.comparator": ("比较", "comparator"),
    "target.value": ("目标值", "value"),
    "target.unit": ("计量单位", "unit"),
    "target.raw": ("原文", "raw"),
    "target.line": ("行", "line"),
    "target.column": ("列", "column"),
    "target.end_line": ("结束行", "end_line"),
    "target.end_column": ("结束列", "end_column"),
    # Words inside cells.
    "cmp.increase": ("增长", "increase"),
    "cmp.decrease": ("减少", "decrease"),
    "word.yes": ("是", "yes"),
    "word.overview": ("{indicator} 概述", "{indicator} summary"),
    "role.lead": ("牵头", "lead"),
    "role.responsible": ("责任", "responsible"),
    "role.support": ("配合", "support"),
    "sheet.measures": ("举措", "Measures"),
    # Counts in footers and captions.
    "count.measure": ("共 {n} 项举措", "{n} measure"),
    "count.measure.plural": ("共 {n} 项举措", "{n} measures"),
    "count.indicator": ("共 {n} 个指标", "{n} indicator"),
    "count.indicator.plural": ("共 {n} 个指标", "{n} indicators"),
    "count.unit": ("共 {n} 个单位", "{n} unit"),
    "count.unit.plural": ("共 {n} 个单位", "{n} units"),
    "count.target": ("{path}：共 {n} 个量化目标", "{path}: {n} target"),
    "count.target.plural": ("{path}：共 {n} 个量化目标", "{path}: {n} targets"),
    "count.rule": ("共 {n} 条规则", "{n} rule"),
    "count.rule.plural": ("共 {n} 条规则", "{n} rules"),
    "count.line": ("{n} 行", "{n} line"),
    "count.line.plural": ("{n} 行", "{n} lines"),
    "count.day": ("{n} 天", "{n} day"),
    "count.day.plural": ("{n} 天", "{n} days"),
}

# ``tgbe parse --explain``: the kind each line was read as, and why (tgbe.parse.explain).
MESSAGES.update({
    "line.col.line": ("行", "line"),
    "line.col.kind": ("类别", "kind"),
    "line.col.why": ("依据", "why"),
    "line.col.text": ("原文", "text"),
    "line.kind.heading": ("指标标题", "heading"),
    "line.kind.sub-heading": ("小标题", "sub-heading"),
    "line.kind.measure": ("举措", "measure"),
    "line.kind.continuation": ("举措续行", "continuation"),
    "line.kind.field": ("字段", "field"),
    "line.kind.unit-bracket": ("单位括注", "unit bracket"),
    "line.kind.table-row": ("表格行", "table row"),
    "line.kind.text": ("正文", "text"),
    "line.kind.skipped": ("已跳过", "skipped"),
    "line.kind.page-number": ("页码", "page number"),
    "line.kind.stray": ("游离行", "stray"),
    "line.why.meta": ("元数据或导航行", "metadata or breadcrumb line"),
    "line.why.header": ("首个章节之前：文头", "before the first section: header"),
    "line.why.attachment": ("附件标记 {marker}", "attachment marker {marker}"),
    "line.why.heading": ("编号 {marker}，其下有举措", "marker {marker} with measures below"),
    "line.why.heading.lead": ("编号 {marker} + 牵头单位", "marker {marker} + lead units"),
    "line.why.container": ("编号 {marker}，其下各小节为指标",
                           "marker {marker}: its sub-sections are the indicators"),
    "line.why.group": ("编号 {marker} + 其下有编号举措",
                       "marker {marker} + numbered measures below"),
    "line.why.item": ("编号 {marker}，无举措（原则或结语）",
                      "marker {marker}, no measures (principle)"),
    "line.why.summary": ("指标标题下的概述", "the indicator's summary"),
    "line.why.benchmark": ("对标城市行", "benchmark cities"),
    "line.why.measure.fields": ("编号 {marker} + 字段行 → {id}",
                                "marker {marker} + field lines → {id}"),
    "line.why.measure.bracket": ("编号 {marker} + 单位括注 → {id}",
                                 "marker {marker} + unit bracket → {id}"),
    "line.why.measure.deadline": ("编号 {marker} + 时限短语 → {id}",
                                  "marker {marker} + deadline phrase → {id}"),
    "line.why.measure.leaf": ("编号 {marker}，其下无编号行 → {id}",
                              "marker {marker}, nothing numbered below → {id}"),
    "line.why.measure.points": ("编号 {marker} + 其下分项 → {id}",
                                "marker {marker} + points below → {id}"),
    "line.why.measure.paragraph": ("无编号段落以单位括注结尾 → {id}",
                                   "paragraph ending in a unit bracket → {id}"),
    "line.why.point": ("编号 {marker}：举措中的分项", "marker {marker}: a point of the measure"),
    "line.why.field.lead": ("标签 {label} → 牵头", "label {label} → lead"),
    "line.why.field.support": ("标签 {label} → 配合", "label {label} → support"),
    "line.why.field.responsible": ("标签 {label} → 责任", "label {label} → responsible"),
    "line.why.field.deadline": ("标签 {label} → 时限", "label {label} → deadline"),
    "line.why.field.benchmark": ("标签 {label} → 对标", "label {label} → benchmark"),
    "line.why.field.wrapped": ("续接字段 {label} 的值", "continues the value of {label}"),
    "line.why.boxed": ("专栏或案例，无单位：不是举措", "boxed example, no units: not a measure"),
    "line.why.tool": ("网页工具栏", "web page tools"),
    "line.why.page": ("页码 {shape}，已去掉", "page number {shape}, left out"),
    "line.why.stray": ("在举措字段之后，未读取", "after the measure's fields, not read"),
    "line.why.bracket": ("整行为单位括注", "a line that is a unit bracket"),
    "line.why.continuation": ("无编号行：续接举措正文", "plain line: the measure's text goes on"),
    "line.why.text": ("无编号、无单位括注：不是举措", "no number, no unit bracket: not a measure"),
    "line.why.table.row": ("任务表的行 → {id}", "task table row → {id}"),
    "line.why.table.header": ("任务表表头", "task table header"),
    "line.why.unseen": ("未读取", "not read"),
})

# Messages of the command line itself.
MESSAGES.update({
    "cli.error": ("错误", "error"),
    "cli.warning": ("警告", "warning"),
    "cli.info": ("提示", "info"),
    "cli.interrupted": ("已中断", "interrupted"),
    "cli.terminated": ("已终止", "terminated"),
    "cli.reading": ("读取中", "reading"),
    "cli.internal_error": ("内部错误", "internal error"),
    "cli.did_you_mean": ("是否要找：{names}？", "did you mean: {names}?"),
    "cli.reading_summary": ("{path}：{measures} 项举措；{unsure} 个单位存疑；{unread} 行未读取"
                            "{rows_text}——逐行说明见 tgbe parse --explain {path}",
                            "{path}: {measures_text}; {unsure_text} uncertain; {unread_text} "
                            "not read{rows_text} — see tgbe parse --explain {path}"),
    "cli.reading_summary.rows": ("；{n} 个表格行按形状读取（请核对）",
                                 "; {n} table row read by shape (check it)"),
    "cli.reading_summary.rows.plural": ("；{n} 个表格行按形状读取（请核对）",
                                        "; {n} table rows read by shape (check them)"),
    "cli.explain_format": ("--explain 输出逐行说明文本，不能与 -f {fmt} 同用",
                           "--explain prints text, one line per line of the notice; it does "
                           "not combine with -f {fmt}"),
    # One-line summaries of the commands (``tgbe --help``, ``tgbe help``).
    "cmd.check-deadlines": ("报告逾期和即将到期的举措（有逾期时退出码为 1）。",
                            "Report overdue and due-soon measures (exit 1 when overdue)."),
    "cmd.crossdup": ("查找不同通知之间相同的举措。", "Find measures shared between notices."),
    "cmd.diff": ("比较同一通知的两个版本。", "Compare two editions of a notice."),
    "cmd.explain": ("说明一条检查规则。", "Explain one lint rule."),
    "cmd.export": ("按单位导出工作台账（xlsx 或 CSV）。",
                   "Write the work ledger by unit (xlsx or CSV)."),
    "cmd.help": ("显示全部命令和选项的说明（tgbe help zh 为中文）。",
                 "Describe every command and option (tgbe help zh for Chinese)."),
    "cmd.lint": ("检查通知中审校人员会发现的问题。",
                 "Check notices for problems a reviewer would catch."),
    "cmd.list": ("按单位、指标、时限列出举措。", "List measures by unit, indicator, deadline."),
    "cmd.parse": ("把通知解析为结构化数据。", "Parse a notice into typed data."),
    "cmd.rules": ("列出全部检查规则。", "List the lint rules."),
    "cmd.schema": ("输出 tgbe 各种输出的 JSON Schema。",
                   "Print the JSON Schema of tgbe's outputs."),
    "cmd.status": ("建立或核对工作台账。", "Start or check a progress ledger (工作台账)."),
    "cmd.status.init": ("生成工作台账，所有举措状态为 todo。",
                        "Write a ledger listing every measure as todo."),
    "cmd.status.check": ("按通知核对工作台账并按状态计数。",
                         "Validate a ledger against its notice and count by status."),
    "cmd.status.summary": ("按指标和单位统计某一天的举措进度。",
                           "Count the measures of a notice per indicator and per unit on a day."),
    "cmd.status.import": ("把各单位交回的工作簿读入工作台账（原子写入）。",
                          "Read the unit sheets of returned workbooks into the ledger."),
    "cmd.report": ("生成进度报告（网页、Word 通报、md）。",
                   "Write the progress report (HTML, Word bulletin, Markdown)."),
    "cmd.targets": ("列出通知中的量化目标。", "List the quantitative targets of a notice."),
    "cmd.units": ("列出每个单位及其写法和举措数。",
                  "List every unit with its aliases and measures."),
    "help.title": ("tgbe — 解析和检查营商环境提升举措通知。",
                   "tgbe — parse and check business-environment notices (营商环境提升举措)."),
    "help.exit_codes": ("退出码：0 无问题，1 发现问题，2 用法、输入或解析错误。",
                        "Exit codes: 0 clean, 1 findings, 2 usage, input or parse error."),
    "help.commands": ("命令", "Commands"),
    "help.options": ("选项", "Options"),
    "help.usage": ("用法：", "Usage:"),
    "help.more": ("运行 tgbe 命令 --help 查看详细说明；tgbe help zh 显示中文说明。",
                  "Run tgbe COMMAND --help for details; tgbe help zh shows them in Chinese."),
})

# Chinese help for options (``--help`` under zh, ``tgbe help zh``): ``opt.NAME`` for an option
# every command shares, ``opt.COMMAND.NAME`` where a command means something of its own, and
# ``doc.COMMAND`` for a command's description.  English help is declared with the option.
HELP_ZH: dict[str, str] = {
    "opt.help": "显示本说明并退出。",
    "opt.version": "显示版本号并退出。",
    "opt.lang": "消息语言：zh 或 en（默认取 $TGBE_LANG，其次取系统区域设置）。",
    "opt.color": "颜色：auto（仅在终端上；遵从 NO_COLOR、FORCE_COLOR）、always 或 never。",
    "opt.encoding": "输入文件编码（默认依次识别 BOM、UTF-8，再判断 GB18030 或 Big5）。",
    "opt.jobs": "并行处理的文件数（默认为 CPU 数）。",
    "opt.max_bytes": "可接受的最大输入文件（可加 k/M/G 后缀）。",
    "opt.fmt": "输出格式。",
    "opt.output": "写入文件 FILE（原子写入），而不是标准输出。",
    "opt.alias_file": "补充单位别名的 YAML 文件：规范名称 -> [其他写法]。",
    "opt.ledger": "工作台账（YAML）：各举措编号的状态、日期和新时限。",
    "opt.threshold": "视为同一举措的最低相似度（0–100）。",
    "opt.export.fmt": "xlsx 工作簿，或一个 CSV 文件夹。",
    "opt.export.output": "要写入的工作簿（xlsx）或文件夹（csv），原子写入。",
    "opt.export.by_unit": "每个单位一个工作表（xlsx）或一个 CSV 文件（csv）。",
    "opt.schema.output": "输出文件（配合 --all 时为文件夹）。",
    "opt.schema.write_all": "把全部 Schema 写入 -o 指定的文件夹。",
    "opt.status.init.force": "覆盖已存在的 -o 文件。",
    "opt.force": "即使 -o 文件已存在且只读，也替换它。",
    "opt.strict_encoding": "文件含无法解码的字节时拒绝读取，而不是将其读作替换字符。",
    "opt.max_diagnostics": "每个文件每种代码最多显示 N 条诊断，其余只给出条数。",
    "opt.show_all": "显示全部诊断（JSON 输出始终包含全部）。",
    "opt.max_pages": "可接受的最长 PDF 页数（默认 500）。",
    "opt.today": "据以检查的日期（默认取 $TGBE_TODAY，否则为 --tz 时区的今天）。",
    "opt.zone": "默认“今天”所用的时区。",
    "opt.within": "把 DAYS 天内（30d、4w）到期的举措计为即将到期。",
    "opt.status.import.ledger_file": "要更新的台账（YAML）；不存在时新建。",
    "opt.status.import.notice_file": "按 NOTICE 核对编号和举措文字"
                                     "（默认按导出时存于各工作簿的清单）。",
    "opt.status.import.dry_run": "只显示变更，不写入台账。",
    "opt.status.import.today": "没有更新日期的行所记的变更日期（默认取 $TGBE_TODAY，"
                               "否则为上海时区的今天）。",
    "opt.export.unit": "只导出该单位的工作表（任何写法均可）：即发给该单位的工作簿。",
    "opt.export.collectives": "也为集合性表述（各相关单位）单独建立工作表。",
    "opt.export.today": "标记逾期行所依据的日期（默认取 $TGBE_TODAY，否则为上海时区的今天）。",
    "opt.check-deadlines.unit": "只检查某单位参与的举措（任何写法均可，同 list --unit）。",
    "opt.check-deadlines.fail_on": "有逾期举措时退出码为 1；undated：有无完成时限的举措时也为 1。",
    "opt.report.with_lint": "加入检查摘要：重复的段落、相互矛盾的目标、有两种写法的单位名称。",
    "opt.list.unit": "某单位参与的举措（任何写法均可，可写部分名称）。",
    "opt.list.lead_only": "与 --unit 同用：只列该单位牵头的举措。",
    "opt.list.indicator": "只列该指标（序号或名称）。",
    "opt.list.due_before": "完成时限早于 DATE（YYYY-MM-DD）。",
    "opt.list.due_after": "完成时限晚于 DATE（YYYY-MM-DD）。",
    "opt.list.status": "只列台账中为该状态的举措（需要 --ledger）。",
    "opt.list.city": "只列以 NAME 为对标城市的指标。",
    "opt.list.include_collective": "与 --unit 同用：也列出交给集合性表述（各相关单位）的举措。",
    "opt.check-deadlines.today": "据以检查的日期（默认取 $TGBE_TODAY，否则为 --tz 时区的今天）。",
    "opt.check-deadlines.zone": "默认“今天”所用的时区。",
    "opt.check-deadlines.warn_within": "列出 DAYS 天内到期的举措（14d、2w、0），不算失败。",
    "opt.lint.select": "只运行这些规则：代码、前缀（PUN）、名称或 ALL，用逗号分隔。",
    "opt.lint.ignore": "不运行这些规则（追加到配置中的 ignore）。",
    "opt.lint.extend_select": "在已选规则之外再运行这些规则。",
    "opt.lint.fail_on": "发现至少这一严重程度的问题时退出码为 1（默认 error）。",
    "opt.lint.config_file": "使用该 tgbe.toml 或 pyproject.toml，而不是最近的配置文件。",
    "opt.lint.write_baseline": "接受当前全部问题：写入 FILE 并以 0 退出。",
    "opt.lint.baseline": "只报告 FILE 中未被接受的问题。",
    "opt.lint.cross": "同时报告与 DIR 下通知或各 PATH 之间相同的举措（XDP001，可重复）。",
    "opt.crossdup.threshold": "报告的最低相似度（rapidfuzz 比率，0–100）。",
    "doc.check-deadlines": "报告每份通知中已逾期（退出码 1）或即将到期的举措。台账中标记为完成或"
                           "取消的举措不再检查；经批准的新时限取代通知中的时限。无法读取的时限是"
                           "错误（退出码 2）。",
    "doc.crossdup": "报告不同通知之间相同的举措，先列较早的版本。发现相同举措时退出码为 1，"
                    "有文件无法读取时为 2。",
    "doc.diff": "比较两个版本 OLD 和 NEW：新增、删除、改写、移动和重新编号的举措，以及时限、"
                "单位、对标城市和目标的变化。按内容而不是序号对齐举措。相同时退出码为 0，"
                "不同时为 1。",
    "doc.explain": "显示规则 CODE（如 PUN001 或规则名称）的说明和选项。",
    "doc.export": "按单位导出 NOTICE 的工作台账，状态取自 --ledger。",
    "doc.help": "显示全部命令和选项的说明；LANG 为 zh 时用中文。",
    "doc.lint": "用检查规则检查通知文件、文件夹（递归查找）和通配符。文件并行检查；无法读取的"
                "文件会被报告，其余照常检查。退出码：0 没有达到 --fail-on 的问题，1 有问题，"
                "2 用法、配置或输入错误。",
    "doc.list": "列出每份通知中符合全部筛选条件的举措。PATH 可以是文件（- 为标准输入）、"
                "文件夹或通配符。",
    "doc.parse": "把通知解析为结构化数据：通知、指标、举措。PATH 可以是文件（- 为标准输入）、"
                 "文件夹或通配符；无法读取的文件会被报告，其余照常解析（最后退出码为 2）。"
                 "--explain 逐行列出每行被读作什么（标题、举措、字段……）及其依据。",
    "opt.parse.explain": "逐行说明：每行的行号、类别、依据和原文（纯文本），代替解析结果。",
    "doc.rules": "列出每条检查规则：代码、名称、分组、默认级别及其发现的问题。",
    "doc.schema": "输出 NAME 的 JSON Schema（默认 notice，即 tgbe parse -f json 的输出）。",
    "doc.status": "工作台账：init 生成台账，check 核对台账，import 读入交回的工作簿，"
                  "summary 统计进度。",
    "doc.status.summary": "按指标和按单位统计 NOTICE 在某一天的举措：总数、已完成、推进中、"
                          "未启动、逾期、已取消、窗口期内到期和无完成时限；逾期和即将到期的"
                          "举措与同一通知、台账和日期下 check-deadlines 列出的相同。"
                          "-f xlsx 需要 -o FILE（两个工作表：指标、单位）。",
    "doc.status.import": "把交回的 WORKBOOK 中各单位工作表读入台账，原子写入。按表头读取各行"
                         "（编号、举措、状态、新时限、进展情况、佐证材料、更新日期）。"
                         "编号不存在、举措文字被改动、状态词或日期有误均为错误，指明 "
                         "FILE:SHEET:ROW:COL（退出码 2，不写入任何内容）。"
                         "各单位对同一举措报告不同的新状态时列为冲突，该举措保持不变（退出码 1）。",
    "doc.report": "生成 NOTICE 在某一天的进度报告，供领导小组使用。html（默认）：一个自包含的"
                  "网页，含主要数字、图表、各单位的举措和逾期清单（可在页面中筛选和排序）。"
                  "docx：公文格式的通报。md：供知识库使用的数字和表格。数字与同一通知、"
                  "台账和日期下的 status summary 和 check-deadlines 一致。写成时退出码为 0，"
                  "输入有误时为 2（此时不写入任何内容）。",
    "doc.status.init": "输出（或用 -o 写入）一份台账，列出 NOTICE 的全部举措，状态为 todo。",
    "doc.status.check": "按 NOTICE 核对 LEDGER 并按状态计数（不修改文件）。",
    "doc.targets": "列出通知中的量化目标（指标项、比较、目标值、单位）。目标取自指标概述"
                   "（显示为“N 概述”）和举措正文（“N.M”）。",
    "doc.units": "列出每份通知中的每个单位（规范名称）、其各种写法、牵头和负责的举措数，"
                 "以及最早的完成时限。",
}

# ``tgbe check-deadlines``.
MESSAGES.update({
    "deadline.summary": (
        "截至 {today}：逾期 {overdue} 项，{window} 天内到期 {soon} 项，无完成时限 {errors} 项"
        "（共 {measures} 项举措，已完成或取消 {closed} 项，持续推进 {ongoing} 项）。",
        "On {today}: {overdue} overdue, {soon} due within {window} days, {errors} without a "
        "deadline ({measures} measures, {closed} done or dropped, {ongoing} ongoing)."),
    "deadline.unit_soon": ("{unit} — {window} 天内到期 {n} 项",
                           "{unit} — {n} due within {window} days"),
    "deadline.undated_header": ("无完成时限 — {n} 项", "No deadline — {n}"),
    "deadline.none_written": ("未写时限", "none written"),
    "deadline.cannot_read": ("无法识别“{raw}”", "cannot read {raw!r}"),
    "deadline.undated_title": ("举措 {id} 没有可用的完成时限", "measure {id} has no deadline"),
    "deadline.undated_annotation": ("{id} {indicator}：{why}（{units}）",
                                    "{id} {indicator}: {why} ({units})"),
    "deadline.no_deadline_written": ("未写完成时限", "no deadline written"),
    "deadline.cannot_read_the": ("无法识别完成时限“{raw}”", "cannot read the deadline {raw!r}"),
    "deadline.skipped": ("没有可用的完成时限（{why}）", "no usable deadline ({reason})"),
    "deadline.unit_overdue": ("{unit} — 逾期 {n} 项", "{unit} — {n} overdue"),
    "deadline.due_within": ("{n} 天内到期：", "Due within {n} days:"),
    "deadline.extended": ("（已延期）", " (extended)"),
    "deadline.overdue": ("逾期 {n} 天", "{n} day overdue"),
    "deadline.overdue.plural": ("逾期 {n} 天", "{n} days overdue"),
    "deadline.left": ("还剩 {n} 天", "{n} day left"),
    "deadline.left.plural": ("还剩 {n} 天", "{n} days left"),
    "deadline.overdue_title": ("举措 {id} 已逾期", "overdue measure {id}"),
    "deadline.soon_title": ("举措 {id} 即将到期", "measure {id} due soon"),
    "deadline.error_title": ("举措 {id} 的完成时限", "deadline of measure {id}"),
    "deadline.due_and": ("完成时限 {due}，{when}", "due {due}, {when}"),
    "deadline.annotation": ("{id} {indicator}：{due_and}（{units}）{text}",
                            "{id} {indicator}: {due_and} ({units}) {text}"),
    "deadline.soon_annotation": ("{id} {indicator}：{due_and}（{units}）",
                                 "{id} {indicator}: {due_and} ({units})"),
    "deadline.no_deadline": ("举措 {id} 没有完成时限，通知也未规定完成期限",
                             "measure {id} has no deadline and the notice no completion policy"),
    "deadline.unreadable": ("无法读取举措 {id} 的完成时限：“{raw}”",
                            "cannot read the deadline of measure {id}: {raw!r}"),
})

# Filters of ``tgbe list`` and dates given on the command line.
MESSAGES.update({
    "query.unit": ("单位", "unit"),
    "query.indicator": ("指标", "indicator"),
    "query.benchmark city": ("对标城市", "benchmark city"),
    "query.unknown": ("通知中没有{kind}“{name}”", "unknown {kind} {name!r}"),
    "query.several": ("“{name}”可指多个{kind}", "{kind} {name!r} is ambiguous"),
    "query.hint": ("；是否要找：{names}？", "; did you mean {names}?"),
    "list.separator": ("、", ", "),
    "date.format": ("日期应写作 YYYY-MM-DD，实际为“{text}”",
                    "expected a date YYYY-MM-DD, found {text!r}"),
    "date.no_such_day": ("没有这一天：{text}（{year} 年 {month} 月只有 {days} 天）",
                         "no such day: {text} ({month_name} {year} has {days} days)"),
    "date.bad_month": ("没有这个月份：{text}（月份为 01–12）",
                       "no such month: {text} (months are 01-12)"),
})

# Errors of reading files (``error``, ``error.N``): matched against the reader's English.
MESSAGES.update({
    "error": ("没有这个文件：应为一份通知文件", "no such file: expected a notice file"),
    "error.2": ("这是一个文件夹，其中没有通知文件：应为 {endings}",
                "is a directory with no notice files in this folder: expected {endings}"),
    "error.3": ("文件有 {size} 字节，超过上限 {limit}（可用 --max-bytes 调高）",
                "file is {size} bytes, over the limit of {limit} (raise it with --max-bytes)"),
    "error.4": ("无法按 {codec} 解码：无效字节 {bad}；应为 {expected} 文本"
                "（可用 --encoding 指定其他编码）",
                "cannot decode as {codec}: invalid byte(s) {bad}; expected text in {expected} "
                "(use --encoding to choose another)"),
    "error.5": ("二进制文件：应为文本（UTF-8、GB18030、UTF-16）",
                "binary file: expected text (UTF-8, GB18030, UTF-16)"),
    "error.6": ("无法读取文件：{reason}", "cannot read file: {reason}"),
    "error.no_measures": (
        "没有可识别的举措：应有“一、…”这样的章节标题，以及“1.…”或“（一）…”这样的编号举措，"
        "带有完成时限／责任单位行或括注的单位；找到 {preface} 行未编号的文字、{sections} 个"
        "没有举措的章节",
        "no recognisable measures: expected section headings such as 一、… and numbered "
        "measures such as 1.… or （一）… with 完成时限/责任单位 lines or units in brackets; "
        "found {preface} unnumbered lines and {sections} sections without measures"),
    "error.7": ("未知编码 {codec}", "unknown encoding {codec}"),
    "error.8": ("不是 .docx 文件：应为 Word（zip）文档",
                "not a .docx file: expected a Word (zip) document"),
    "error.9": ("无法读取 PDF：{reason}；应为文本 PDF",
                "cannot read PDF: {reason}; expected a text PDF"),
    # Configuration files (tgbe.toml, pyproject.toml): the specific forms, then any other.
    "error.10": ("配置无效：未知键“{key}”；应为以下之一：{known}",
                 'invalid config: unknown key "{key}"; expected one of {known}'),
    "error.11": ("配置无效：“{key}”的值不对（{reason}），实为 {found}",
                 'invalid config: "{key}": {reason}, found {found}'),
    "error.12": ("配置无效：“{key}”：标签 {label} 应为 2 至 {limit} 个汉字（不带冒号）",
                 'invalid config: "{key}": label {label} is not 2 to {limit} Chinese '
                 "characters (write it without its colon)"),
    "error.13": ("配置无效：“{key}”：有一个完成时限用语为空",
                 'invalid config: "{key}": a deadline phrase is empty'),
})

# Related places of lint findings (the other half of a finding).
MESSAGES.update({
    "related.indicator": ("指标 {label}", "indicator {label}"),
    "related.policy": ("完成期限要求：{raw}", "completion policy: {raw}"),
    "related.original_of": ("{id} 的原文", "original of {id}"),
    "related.copy": ("又一份副本 {ids}", "another copy {ids}"),
    "related.first": ("首次出现", "first occurrence"),
    "related.heading": ("标题", "heading"),
})

# The parser's diagnostics (``diag.CODE``; several forms of a code as ``diag.CODE.N``).  The
# English is what the parser writes; the Chinese is found by matching it (see
# :func:`tgbe.infra.i18n.translated`), so that the parser stays free of presentation.
MESSAGES.update({
    "diag.ignored-attachment": (
        "{name}中没有举措（没有编号举措、字段或对标城市）；其中 {sections} 个部分未计入",
        "{name} holds no measures (no numbered measures, fields or benchmarks); its "
        "{sections} sections are left out"),
    "diag.duplicate-number": ("举措序号 {number} 重复使用；此处记为 {id}",
                              "measure number {number} is used again; this one is {id}"),
    "diag.stray-line": (
        "举措字段之后的这一行既不是字段也不是举措；应为“完成时限：…”“责任单位：…”或下一条编号举措",
        "line after the measure's fields is not a field or a measure; expected 完成时限：… / "
        "责任单位：… or the next numbered measure"),
    "diag.truncated-measure": (
        "举措 {id} 在未闭合的单位括号中结束：正文似乎被截断，最后一个被截断的单位名称未计入",
        "measure {id} ends inside an unclosed unit bracket: the text looks truncated; the "
        "last, cut unit name is left out"),
    "diag.truncated-measure.2": ("举措 {id} 在句中结束且没有责任单位：正文似乎被截断",
                                 "measure {id} ends mid-sentence without units: the text looks "
                                 "truncated"),
    "diag.duplicate-section-number": (
        "部分序号 {number} 重复使用；其中的举措编号为 {prefix}.N",
        "section number {number} is used again; its measures are numbered {prefix}.N"),
    "diag.uncertain-table-row": (
        "举措 {id}：表格行没有单元格分隔符，正文、单位和时限按形状读取，请核对",
        "measure {id}: table row without cell separators; its text, units and deadline were "
        "read by their shape — check them"),
    "diag.pinyin-glosses": ("名称和正文中去掉了 {count} 处字后拼音注音（如 (fā)）；"
                            "位置仍指向原文件",
                            "{count} pinyin gloss(es) such as (fā) after characters left out "
                            "of names and texts; spans point at the file as written"),
    "diag.shared-fields": ("举措 {first}–{last} 共用写在最后一条之后的字段（单位、完成时限）",
                           "measures {first}–{last} share the fields written after the last of "
                           "them"),
    "diag.closing-article": (
        "{marker} 讲的是通知本身（施行日期、解释机关或有效期），不是举措，未计入",
        "{marker} is about the notice itself (when it takes effect, who interprets it, how "
        "long it holds), not a measure; left out"),
    "diag.missing-deadline": ("举措 {id} 没有完成时限；应有“完成时限：…”一行",
                              "measure {id} has no deadline; expected a 完成时限：… line"),
})

# ``tgbe crossdup -f csv``, ``tgbe status check``, ``tgbe lint --write-baseline``.
MESSAGES.update({
    "col.original_path": ("在先文件", "Original file"),
    "col.original_id": ("在先举措", "Original measure"),
    "col.original_line": ("在先行", "Original line"),
    "col.duplicate_path": ("在后文件", "Later file"),
    "col.duplicate_id": ("在后举措", "Later measure"),
    "col.duplicate_line": ("在后行", "Later line"),
    "col.direction": ("先后", "Direction"),
    "col.text": ("举措原文", "Text"),
    "direction.copied": ("抄自在先版本", "copied"),
    "crossdup.pair": ("{copy}: 举措 {copy_id} 与 {original} 举措 {original_id} 相同或相近"
                      "（相似度 {similarity}，{how}）",
                      "{copy}: measure {copy_id} repeats {original} measure {original_id} "
                      "(similarity {similarity}, {how})"),
    "crossdup.copied.year": ("抄自 {edition} 年版", "copied from the {edition} edition"),
    "crossdup.copied.other": ("抄自 {edition}版", "copied from the {edition} edition"),
    "crossdup.undetermined": ("先后不明", "order undetermined"),
    "crossdup.summary": ("{notices} 份文件（{measures} 条举措）中有 {pairs} 对举措相同或相近",
                         "{pairs} shared measure pair(s) among {notices} notices "
                         "({measures} measures)"),
    "direction.undetermined": ("先后不明", "undetermined"),
    "ledger.summary": ("{path}：通过 — 列出 {listed} 项，共 {measures} 项举措（{counts}）；"
                       "未列出的举措按 todo 计",
                       "{path}: ok — {listed} of {measures} measures listed ({counts}); "
                       "unlisted measures count as todo"),
    "ledger.count": ("{status} {n} 项", "{status} {n}"),
    # The comments heading a ledger (``status init``, ``status import``).
    "ledger.template": (
        "# 工作台账：{title}\n"
        "# status（状态）：未启动/todo | 推进中/in_progress | 已完成/done | 延期/extended"
        " | 不再实施/dropped\n"
        "# date：YYYY-MM-DD（状态变更日期）    "
        "new_deadline：YYYY-MM-DD（延期/extended 时的新时限）\n"
        "# note（备注）、进展、佐证：自由填写\n"
        "# history：[{{date: YYYY-MM-DD, status: in_progress, note: …}}, …]（以最后一条为准）\n"
        "# 编号请保留引号：不加引号的 1.10 会被读作数字 1.1。",
        "# Progress ledger (工作台账) for {title}\n"
        "# status: 未启动/todo | 推进中/in_progress | 已完成/done | 延期/extended"
        " | 不再实施/dropped\n"
        "# date: YYYY-MM-DD (when it changed)    new_deadline: YYYY-MM-DD (with 延期/extended)\n"
        "# note, 进展 (progress), 佐证 (evidence): free text\n"
        "# history: [{{date: YYYY-MM-DD, status: 推进中, note: …}}, …] (the latest wins)\n"
        "# Keep the ids quoted: unquoted 1.10 would be read as the number 1.1."),
    "ledger.written": ("# 工作台账：{title}\n# 由 tgbe status import 写入；编号请保留引号。",
                       "# Progress ledger (工作台账) for {title}\n"
                       "# Written by tgbe status import; keep the ids quoted."),
    # ``tgbe status import``.
    "import.summary": ("{ledger}：读取 {rows} 行，更新 {changed} 项举措，"
                       "冲突 {conflicts} 项待核实；"
                       "{done}",
                       "{ledger}: {rows} rows read, {changed} measures changed, {conflicts} "
                       "conflicts to settle; {done}"),
    "import.written": ("已写入", "written"),
    "import.not_written": ("未写入（--dry-run 或无变化）", "not written (--dry-run or no change)"),
    "import.field.status": ("状态", "status"),
    "import.field.new_deadline": ("新时限", "new_deadline"),
    "import.field.progress": ("进展", "progress"),
    "import.field.evidence": ("佐证", "evidence"),
    "import.status": ("{word}", "{value}"),
    "import.report": ("{unit} {status}（{place}）", "{unit} {status} ({place})"),
    "import.separator": ("；", "; "),
    "import.conflict": ("  冲突 {id}: {reports}", "  conflict {id}: {reports}"),
    # ``tgbe status summary`` (tables, CSV, workbook sheets).
    "col.scope": ("范围", "Scope"),
    "scope.total": ("合计", "total"),
    "scope.indicator": ("指标", "indicator"),
    "scope.unit": ("责任单位", "unit"),
    "progress.title": ("按{scope}统计（截至 {today}）", "By {scope} on {today}"),
    # The last line of ``tgbe lint``.
    "lint.summary": ("共发现 {findings} 个问题（错误 {errors}，警告 {warnings}，提示 {infos}），"
                     "涉及 {with_findings}/{n} 个文件。",
                     "Found {findings} ({errors}, {warnings}, {infos} info) in {with_findings} "
                     "of {files}."),
    "lint.clean": ("未发现问题（{files}）。", "No findings in {files}."),
    "lint.suggestion": ("建议", "suggestion"),
    "lint.suppressed": ("基线已屏蔽 {n} 个。", " {n} suppressed by the baseline."),
    "count.file": ("共 {n} 个文件", "{n} file"),
    "count.file.plural": ("共 {n} 个文件", "{n} files"),
    "count.finding": ("{n}", "{n} finding"),
    "count.finding.plural": ("{n}", "{n} findings"),
    "count.error": ("{n}", "{n} error"),
    "count.error.plural": ("{n}", "{n} errors"),
    "count.warning": ("{n}", "{n} warning"),
    "count.warning.plural": ("{n}", "{n} warnings"),
    "baseline.wrote": ("tgbe：已把 {n} 个问题写入 {path}", "tgbe: wrote {n} findings to {path}"),
})

# ``tgbe explain``.
MESSAGES.update({
    "explain.head": ("{code} {name}（分组：{group}，默认级别：{severity}）",
                     "{code} {name}  (group: {group}, default severity: {severity})"),
    "explain.options": ("选项（在配置中写作 rules.<代码>.<选项>）：",
                        "Options (rules.<CODE>.<option> in the configuration):"),
    "explain.no_options": ("选项：无。", "Options: none."),
    "explain.parser": ("报告以下解析诊断：{codes}", "Reports the parser diagnostics: {codes}"),
})

# ``tgbe diff`` tables (the titles of the kinds of change are in tgbe.render.diff.TITLES).
MESSAGES.update({
    "diff.title": ("{title}（{n}）", "{title} ({n})"),
    "diff.before": ("原文", "Before"),
    "diff.after": ("现文", "After"),
    "diff.change": ("修改（[-删除-]{{+新增+}}）", "Change ([-removed-]{{+added+}})"),
    "diff.indicator": ("指标 {n}", "indicator {n}"),
    "diff.none": ("{old} 与 {new} 无差异", "no differences between {old} and {new}"),
    "diff.count": ("{title} {n}", "{n} {kind}"),
    "diff.separator": ("，", ", "),
    "diff.total": ("共 {n} 处差异：{parts}", "{n} difference: {parts}"),
    "diff.total.plural": ("共 {n} 处差异：{parts}", "{n} differences: {parts}"),
})

# More errors of lower layers (the ``error`` family above, by name): reading, writing, user
# YAML files (ledgers, alias files), configuration, baselines and returned workbooks.  Fields
# are translated in turn, so ``{what}`` may itself be one of the phrases below.
MESSAGES.update({
    # A hint after a message (first: the message before it may end in a field).
    "error.with_hint": ("{message}；是否要找：{names}？", "{message}; did you mean {names}?"),
    "error.with_known": ("{message}；应为以下之一：{known}", "{message}; expected one of: {known}"),
    "error.empty": ("空文件：应为一份通知（标题、各部分和举措）",
                    "empty file: expected a notice (a title, sections and measures)"),
    "error.stdin": ("标准输入已关闭：应从标准输入读入一份通知",
                    "standard input is closed: expected a notice on stdin"),
    "error.not_regular": ("不是普通文件：应为一份通知文件",
                          "is {kind}, not a regular file: expected a notice file"),
    "error.cannot_read": ("无法读取：{reason}", "cannot read: {reason}"),
    "error.cannot_read_the_file": ("无法读取文件：{reason}", "cannot read the file: {reason}"),
    "error.codec_kind": ("编码“{codec}”无法读取通知：应为 UTF-8、GB18030、UTF-16 等字符编码",
                         "encoding {codec!r} cannot read a notice: expected a character "
                         "encoding such as UTF-8, GB18030 or UTF-16"),
    "error.pages": ("文档有 {pages} 页，超过上限 {limit} 页（可用 --max-pages 调高）",
                    "document has {pages} pages, over the limit of {limit} "
                    "(raise it with --max-pages)"),
    "error.no_such_file_or_folder": ("没有这个文件或文件夹", "No such file or directory"),
    "error.permission": ("没有权限", "Permission denied"),
    "error.is_a_folder": ("这是一个文件夹", "Is a directory"),
    "error.internal": ("内部错误：{reason}", "internal error: {reason}"),
    "error.worker_died": ("读取该文件的工作进程意外终止（被信号杀死，如内存不足）；"
                          "其他文件已照常处理",
                          "the worker process reading this file died (killed by a signal, e.g. "
                          "out of memory); the other files were processed"),
    # Writing files atomically.
    "error.cannot_write": ("无法写入：{reason}", "cannot write: {reason}"),
    "error.no_folder": ("文件夹不存在", "the folder does not exist"),
    "error.no_parent": ("上一级文件夹不存在", "the parent folder does not exist"),
    "error.is_folder": ("这是一个文件夹；应为文件名", "it is a folder; expected a file name"),
    "error.not_export": ("该文件夹已存在，且不是以前导出的结果",
                         "it exists and is not a previous export"),
    # User YAML files.
    "error.yaml": ("YAML 语法有误，无法从此处读下去", "invalid YAML: {reason}"),
    "error.yaml_tag": ("不支持的 YAML 标记“{tag}”", "unsupported YAML tag {tag!r}"),
    "error.yaml_mapping": ("{what}应为映射（键：值），实际为{found}",
                           "expected a mapping for {what}, found {found}"),
    "error.yaml_key": ("{what}中的键应为普通文字，实际为{found}",
                       "expected a plain key in {what}, found {found}"),
    "error.yaml_duplicate": ("{what}中的键“{key}”重复（第 {first} 行已写过）",
                             "duplicate key {key!r} in {what} (first given on line {first})"),
    "error.yaml_value": ("{what}应有一个值，实际为{found}",
                         "expected a value for {what}, found {found}"),
    "error.yaml_list": ("{what}应为列表，实际为{found}",
                        "expected a list for {what}, found {found}"),
    "error.a_mapping": ("映射", "a mapping"),
    "error.a_list": ("列表", "a list"),
    "error.nothing": ("空值", "nothing"),
    "error.number": ("未加引号的数字 {number}", "the unquoted number {number}"),
    "error.alias_file": ("别名文件", "the alias file"),
    "error.variants": ("“{name}”的其他写法", "the variants of {name}"),
    "error.the_ledger": ("台账", "the ledger"),
    # The progress ledger.
    "error.ledger_quoted_id": ("应为加引号的举措编号（如 \"1.10\"），实际为{found}"
                               "（YAML 把不加引号的 1.10 读作数字 1.1）",
                               "expected a quoted measure id such as \"1.10\", found {found} "
                               "(YAML reads unquoted 1.10 as the number 1.1)"),
    "error.ledger_unknown_id": ("通知中没有举措编号“{id}”",
                                "expected a measure id of the notice, found {id!r}"),
    "error.ledger_field": ("{what}中应为以下字段之一：{expected}；实际为“{key}”",
                           "expected one of {expected} in {what}, found {key!r}"),
    "error.ledger_record_field": ("{what}中应为 date、status 或 note，实际为“{key}”",
                                  "expected date, status or note in {what}, found {key!r}"),
    "error.ledger_record": ("{what} 的每条记录都应有日期（date）和状态（status）",
                            "expected a date and a status in each record of {what}"),
    "error.ledger_extended": ("{what} 的状态为延期，应写明新时限（new_deadline）",
                              "expected a new_deadline (新时限) for {what}, whose status is "
                              "extended (延期)"),
    "error.ledger_status": ("{what} 的状态应为 {expected} 之一，实际为“{text}”",
                            "expected a status {expected} for {what}, found {text!r}"),
    "error.ledger_date": ("{what}应为 YYYY-MM-DD 格式的日期，实际为“{text}”",
                          "expected a date YYYY-MM-DD for {what}, found {text!r}"),
    "error.status_of": ("{what} 的状态", "the status of {what}"),
    "error.history_of": ("{what} 的历史记录", "the history of {what}"),
    "error.date_of": ("{what} 的日期", "date of {what}"),
    "error.new_deadline_of": ("{what} 的新时限", "new_deadline of {what}"),
    "error.note_of": ("{what} 的备注", "note of {what}"),
    "error.progress_of": ("{what} 的进展", "progress of {what}"),
    "error.evidence_of": ("{what} 的佐证", "evidence of {what}"),
    "error.measure": ("举措 {id}", "measure {id}"),
    # Configuration (tgbe.toml, pyproject.toml) and lint baselines.
    "error.config_toml": ("配置无效：TOML 语法有误，无法从此处读下去",
                          "invalid config: TOML syntax: {reason}"),
    "error.config": ("配置无效：{reason}", "invalid config: {reason}"),
    "error.config_unknown_selector": ("{key} 中有未知的规则或前缀“{selector}”",
                                      "unknown rule or prefix \"{selector}\" in {key}"),
    "error.config_unknown_rule": ("{table} 中有未知的规则“{code}”",
                                  "unknown rule \"{code}\" in {table}"),
    "error.config_unknown_option": ("规则“{code}”没有选项“{option}”",
                                    "unknown option \"{option}\" for rule \"{code}\""),
    "error.no_such_file": ("没有这个文件", "no such file"),
    "error.nested": ("嵌套层数过多", "nested too deeply"),
    "error.baseline_missing": ("基线文件无效：没有这个文件（可用 --write-baseline 生成）",
                               "invalid baseline: no such file (write one with "
                               "--write-baseline)"),
    "error.baseline": ("基线文件无效：{reason}", "invalid baseline: {reason}"),
    # Returned workbooks (``tgbe status import``).
    "error.no_workbook": ("没有这个文件：应为交回的工作簿（.xlsx）",
                          "no such file: expected a returned workbook (.xlsx)"),
    "error.not_xlsx": ("不是 xlsx 工作簿（.xlsx 文件是一个 zip 压缩包）",
                       "not an xlsx workbook (an .xlsx file is a zip archive)"),
    "error.cannot_read_workbook": ("无法读取工作簿：{reason}",
                                   "cannot read the workbook: {reason}"),
    "error.no_reference": ("工作簿中没有举措清单（工作表“{sheet}”已不在，"
                           "例如各表被复制到了新文件）："
                           "请用 --notice NOTICE 指定通知",
                           "no measure list in this workbook (sheet {sheet!r} is gone, e.g. a "
                           "sheet copied into a new file): give --notice NOTICE"),
    "error.return_id": ("应为文本形式的举措编号（如 \"1.10\"），实际为“{value}”",
                        "expected a measure id such as \"1.10\" (as text), found {value!r}"),
    "error.return_text": ("举措 {id} 的举措文字被改动：应保持通知原文（进展请写在“进展情况”中）",
                          "the 举措 text of measure {id} was edited: it must stay the notice's "
                          "text (write progress in 进展情况)"),
    "error.return_extended": ("举措 {id} 的状态为延期，应填写新时限",
                              "expected a 新时限 (new deadline) for measure {id}, whose status "
                              "is 延期"),
    "error.return_status": ("状态应为未启动、推进中、已完成、延期或不再实施，实际为“{word}”",
                            "expected a status word (未启动, 推进中, 已完成, 延期, 不再实施 or "
                            "todo, in_progress, done, extended, dropped), found {word!r}"),
    "error.return_date": ("{header}应为真实的日期（YYYY-MM-DD），实际为“{text}”",
                          "expected a real date (YYYY-MM-DD) in {header}, found {text!r}"),
})

# Usage errors of tgbe's own options, and click's (``usage.click.*``, matched against the
# English click writes, as the whole ``usage`` family is; ``{message}`` is translated in turn).
MESSAGES.update({
    "usage.needs": ("{flag} 需要 {other}", "{flag} needs {other}"),
    "usage.one_notice": ("{what} 只能用于一份通知：请只给一个 FILE",
                         "{what} works on one notice: give a single FILE"),
    "usage.output_is_input": ("-o {output} 是输入文件 {name}：拒绝覆盖输入，请另选输出文件",
                              "-o {output} is the input file {name}: refusing to overwrite an "
                              "input; choose another output file"),
    "usage.output_read_only": ("-o {output} 是只读文件：拒绝替换（确需替换请加 --force）",
                               "-o {output} is read-only: refusing to replace it (use --force "
                               "to replace it anyway)"),
    "usage.output_exists": ("{output} 已存在；覆盖请加 --force",
                            "{output} exists; use --force to overwrite it"),
    "usage.size": ("应为不超过 1024G 的正数大小，如 50M 或 1048576，实际为“{value}”",
                   "expected a positive size up to 1024G such as 50M or 1048576, found {value!r}"),
    "usage.number": ("应为一个数，实际为“{value}”", "expected a number, found {value!r}"),
    "usage.days": ("应为天数，如 14d 或 2w，实际为“{value}”",
                   "expected a number of days such as 14d or 2w, found {value!r}"),
    "usage.unknown_rule": ("未知规则“{code}”{hint}（见 tgbe rules）",
                           "unknown rule \"{code}\"{hint} (see tgbe rules)"),
    "usage.unknown_selector": ("未知的规则或前缀“{code}”{hint}",
                               "unknown rule or prefix \"{code}\"{hint}"),
    "usage.cross_jsonl": ("--cross 要一次比较全部文件：请用 -f text、json、github 或 sarif，"
                          "不能用 jsonl",
                          "--cross compares all files at once: use -f text, json, github or "
                          "sarif, not jsonl"),
    "usage.help_only": ("help 只能写作 tgbe help", "help works only as tgbe help"),
    "usage.click.no_such_option": ("没有选项“{name}”。", "No such option {name!r}."),
    "usage.click.no_such_command": ("没有命令“{name}”。", "No such command {name!r}."),
    "usage.click.did_you_mean": ("{message}是否要找：{possibility}？",
                           "{message} Did you mean {possibility}?"),
    "usage.click.did_you_mean_one_of": ("{message}（是否要找以下之一：{possibilities}？）",
                                  "{message} (Did you mean one of: {possibilities}?)"),
    "usage.click.missing_argument": ("缺少参数 {param}。", "Missing argument {param}."),
    "usage.click.missing_option": ("缺少选项 {param}。", "Missing option {param}."),
    "usage.click.missing_command": ("缺少子命令。", "Missing command."),
    "usage.click.invalid_value_for": ("{param} 的值无效：{message}",
                                "Invalid value for {param}: {message}"),
    "usage.click.invalid_value": ("值无效：{message}", "Invalid value: {message}"),
    "usage.click.not_one_of": ("“{value}”不是可选值（{choices}）之一。",
                         "{value!r} is not one of {choices}."),
    "usage.click.not_integer": ("“{value}”不是有效的整数。", "{value!r} is not a valid integer."),
    "usage.click.not_number": ("“{value}”不是有效的数。", "{value!r} is not a valid float."),
    "usage.click.not_in_range": ("{value} 不在范围 {range} 内。",
                                 "{value} is not in the range {range}."),
    "usage.click.requires_argument": ("选项“{name}”需要一个值。",
                                      "Option {name!r} requires an argument."),
    "usage.click.no_value": ("选项“{name}”不接受值。", "Option {name!r} does not take a value."),
    "usage.click.extra_argument": ("多余的参数（{args}）",
                                   "Got unexpected extra argument ({args})"),
    "usage.click.extra_arguments": ("多余的参数（{args}）",
                                    "Got unexpected extra arguments ({args})"),
})

# The progress report (tgbe report): headings, column names, sentences.
MESSAGES.update({
    "report.as_of": ("截至 {day}", "As of {day}"),
    "report.source": ("来源文件", "Source"),
    "report.headline": ("总体情况", "Headline figures"),
    "report.by_indicator": ("各指标推进情况", "Progress by indicator"),
    "report.units": ("责任单位", "Responsible units"),
    "report.by_overdue": ("逾期举措最多的单位", "Units with the most overdue measures"),
    "report.by_load": ("承担举措最多的单位", "Units carrying the most measures"),
    "report.no_overdue_units": ("没有单位有逾期举措。", "No unit has an overdue measure."),
    "report.unit_lists": ("各单位举措清单", "Each unit's measures"),
    "report.calendar": ("完成时限分布（按月）", "Deadlines by month"),
    "report.today": ("今天", "today"),
    "report.undated_note": ("另有 {count} 项举措无明确时限，未计入。",
                     "{count} measures without a due date are not shown."),
    "report.overdue": ("逾期举措清单", "Overdue measures"),
    "report.no_overdue": ("没有逾期举措。", "No measure is overdue."),
    "report.filter": ("筛选", "Filter"),
    "report.filter_hint": ("输入单位、指标或关键词", "unit, indicator or word"),
    "report.shown": ("显示 {count} 项", "{count} shown"),
    "report.id": ("编号", "No."),
    "report.indicator": ("指标", "Indicator"),
    "report.measure": ("举措", "Measure"),
    "report.unit": ("责任单位", "Units"),
    "report.due": ("应完成", "Due"),
    "report.days_overdue": ("逾期天数", "Days overdue"),
    "report.stage": ("状态", "Status"),
    "report.lint": ("文本检查摘要", "Text check summary"),
    "report.summary": ("截至{day}，{total}项举措中已完成{done}项，推进中{in_progress}项，尚未启动"
                "{not_started}项，逾期{overdue}项，已取消{dropped}项；{within_days}天内到期"
                "{due_soon}项，无明确时限{undated}项。",
                "As of {day}, of {total} measures: {done} done, {in_progress} in progress, "
                "{not_started} not started, {overdue} overdue, {dropped} dropped; {due_soon} due "
                "within {within_days} days, {undated} without a due date."),
    "report.most_overdue": ("逾期较多的单位是{units}。", " Most overdue: {units}."),
    "report.unit_overdue": ("{unit}（{overdue}项）", "{unit} ({overdue})"),
    "report.list_joiner": ("、", ", "),
    "report.lint_none": ("未发现。", "None found."),
    "report.generated": ("由 tgbe 生成", "Generated by tgbe"),
    "report.chart_note": ("图中数字为举措项数。", "Numbers are counts of measures."),
    "report.total_row": ("合计", "Total"),
    "report.date_line": ("{year}年{month}月{day}日", "{month_name} {day}, {year}"),
})
