"""Words the builder recognises: field labels, levels, deadline phrases, unit suffixes."""

from __future__ import annotations

from tgbe.vocab import DeadlineKind, UnitRole

# Field labels (the text before the colon of a field line), by meaning.
DEADLINE_KEYS: frozenset[str] = frozenset(
    {"完成时限", "时限要求", "完成时间", "完成期限", "时间节点", "时限", "完成时间节点"}
)
UNIT_KEYS: dict[str, UnitRole] = {
    "责任单位": UnitRole.RESPONSIBLE,
    "责任部门": UnitRole.RESPONSIBLE,
    "实施单位": UnitRole.RESPONSIBLE,
    "牵头单位": UnitRole.LEAD,
    "牵头部门": UnitRole.LEAD,
    "牵头责任单位": UnitRole.LEAD,
    "主责单位": UnitRole.LEAD,
    "配合单位": UnitRole.SUPPORT,
    "配合部门": UnitRole.SUPPORT,
    "协办单位": UnitRole.SUPPORT,
    "参与单位": UnitRole.SUPPORT,
}
# Benchmark labels (对标城市：…).  A label is one of these once bracketed qualifiers are taken
# off and only its first alternative is read: 对标城市（地区）, 对标城市/地区, 对标地区、城市.
BENCHMARK_KEYS: frozenset[str] = frozenset(
    {"对标城市", "对标地区", "标杆城市", "对标县市", "对标区县", "对标县区", "对标市县",
     "标杆地区", "对标单位", "对标对象"}
)
# Values of a benchmark line that say the indicator has no benchmark (对标城市：无).
BENCHMARK_NONE: frozenset[str] = frozenset(
    {"无", "暂无", "不设", "暂不设", "不设置", "暂不设置", "未设", "未设置", "无对标",
     "无对标城市", "无对标地区", "不适用"}
)

# Words that turn a bracketed phrase into a list of lead units: （县人社局牵头）,
# （A、B共同牵头）; also read in unit field values (责任单位：A牵头，B配合; A（牵头）、B).
# The first is the one lint suggests.  A marker counts only before a separator or the end:
# 产业链牵头部门 is a name.
# Labels by shape: a short phrase before a colon (牵头考核单位：, 责任地区：, 完成时间：) is a
# label when it ends in one of these words; its role comes from the words it holds, looked
# up in this order (deadline words first: 责任时限 is a deadline).
LABEL_MAX_LENGTH: int = 8
UNIT_LABEL_ENDINGS: tuple[str, ...] = ("单位", "部门", "地区", "责任人", "主体", "处室", "科室")
DEADLINE_LABEL_WORDS: tuple[str, ...] = ("时限", "时间", "期限", "节点")
# Labels that name persons, not units (牵头领导, 责任领导, 联系人): a measure's field, no unit.
PERSON_LABEL_ENDINGS: tuple[str, ...] = ("领导", "联系人")
LABEL_ROLE_WORDS: tuple[tuple[UnitRole, tuple[str, ...]], ...] = (
    (UnitRole.LEAD, ("牵头", "主办", "主责", "负责")),
    (UnitRole.SUPPORT, ("配合", "协办", "参与", "协同")),
    (UnitRole.RESPONSIBLE, ("责任", "考核", "落实", "实施")),
)
# A unit name longer than this, holding a colon or one of these verb phrases, is unsure.
SUSPICIOUS_UNIT_LENGTH: int = 25
SUSPICIOUS_UNIT_WORDS: tuple[str, ...] = ("按职责分工", "负责", "落实", "：", ":")
LEAD_MARKERS: tuple[str, ...] = ("牵头", "共同牵头", "联合牵头", "主办", "主责")
# Words closing a segment of a label-less unit list that give its units' role (A、B配合;
# C按职责分工负责), longest first where one ends another.
SEGMENT_ROLE_WORDS: tuple[tuple[UnitRole, tuple[str, ...]], ...] = (
    (UnitRole.SUPPORT, ("配合", "协办", "参与", "协同", "协助")),
    (UnitRole.RESPONSIBLE, ("分别负责", "负责", "落实", "实施")),
)
# Words between a unit and a collective phrase that name both: 县公共资源交易中心等相关部门 is
# 县公共资源交易中心 and 相关部门.
UNIT_ETC: tuple[str, ...] = ("等",)
# Words that end a unit list without being part of a name: 按职责分工负责, 负责, 等 ("etc.").
UNIT_LIST_TRAILERS: tuple[str, ...] = (
    "按职责分工负责", "按职责负责", "分别负责", "负责", "落实", "配合", "等单位", "等部门", "等",
)
# Words qualifying a unit's part rather than naming it (区建设局按职责分工牵头): taken off the
# end of a unit's name.
DUTY_QUALIFIERS: tuple[str, ...] = ("按照职责分工", "按职责分工", "按照职责", "按职责", "分别")

# The level an indicator aims at, and the wording that introduces it.
LEVEL_WORDS: tuple[str, ...] = ("优异", "优秀", "良好", "标杆", "先进", "前列", "一流")
LEVEL_WORDINGS: tuple[str, ...] = (
    "力争达到", "确保达到", "力争保持", "持续保持", "保持", "达到", "进入", "争创", "力争",
)

# Suffixes that end the name of a government unit or company.
UNIT_SUFFIXES: tuple[str, ...] = (
    "局", "委", "办", "中心", "公司", "院", "行", "支行", "政府", "部", "厅", "会", "所",
    "站", "队", "处", "室", "团", "组", "社", "馆", "署", "台", "区", "园", "镇", "乡",
    "街道", "单位", "部门", "机构", "企业", "银行", "协会", "集团", "分局", "大队",
    "联", "科协", "海关", "机关",
)
# Markers anywhere in a collective phrase (各相关单位, 县直各单位, 县工改成员单位, 相关采购单位).
COLLECTIVE_MARKERS: tuple[str, ...] = ("各", "有关", "相关", "成员单位")
# Generic nouns (and 等, "etc.") that end a collective phrase rather than the name of one
# unit: 产业链牵头部门, 供水企业, 银行业金融机构, 县交通运输局等.
COLLECTIVE_SUFFIXES: tuple[str, ...] = ("单位", "部门", "机构", "企业", "乡镇", "等")

# A sentence about the notice itself (本措施自印发之日起施行, 本方案由…负责解释), written as
# the last numbered article: the nouns a notice calls itself after 本, and what such a
# sentence says of it.  It is no measure.
DOCUMENT_NOUNS: tuple[str, ...] = (
    "措施", "方案", "办法", "意见", "通知", "规定", "细则", "计划", "要点", "清单", "政策",
    "文件", "条例", "举措",
)
DOCUMENT_CLAUSE_WORDS: tuple[str, ...] = ("施行", "实施", "执行", "解释", "有效期", "废止")

# Deadline phrases that never fall due.
ONGOING_PHRASES: tuple[str, ...] = (
    "持续推进", "长期坚持", "长期推进", "持续开展", "常态化推进", "常态化", "长期", "持续",
    "按进度推进", "按计划推进",
    "每年", "定期", "按年度", "逐年",
)
# A recurring period (每月, 每季度, 每半年 …): work repeated every period never falls due.
RECURRING_PERIODS: tuple[str, ...] = ("年度", "半年", "季度", "年", "季", "月", "旬", "周")
# Words after a year saying the work starts then (2023年起长期坚持): followed by an ongoing
# phrase, the deadline is ongoing, not the end of that year.
ONWARD_WORDS: tuple[str, ...] = ("年起", "年开始", "年以来")
# Phrases meaning the end of the (document's) year.  A word starting with 年 is also read
# without it right after a year's 年 (2023年底, 2023年内).
YEAR_END_WORDS: tuple[str, ...] = ("年底", "年末", "年内", "全年")
HALF_YEAR_WORDS: dict[str, tuple[int, DeadlineKind]] = {
    "上半年": (6, DeadlineKind.HALF_YEAR),
    "年中": (6, DeadlineKind.HALF_YEAR),
    "下半年": (12, DeadlineKind.HALF_YEAR),
}
# Characters after 年中 that make it another word: 2023年中秋前 is not mid-year.
NOT_MID_YEAR: str = "秋"
# Parts of a month after 月, with the day each is due (``None``: the month's last day):
# 上旬 10th, 中旬 20th, 下旬 last day; 月初 counts as 上旬 (10th), 月中 as the 15th.
MONTH_PART_DAYS: dict[str, int | None] = {
    "上中旬": 20, "中下旬": None, "上旬": 10, "中旬": 20, "下旬": None, "初": 10, "中": 15,
}
# Letters of a quarter written Q1…Q4 (2023年Q3, 2023Q3); full-width letters are not folded
# by the reader, so they are listed.
QUARTER_LETTERS: str = "QqＱｑ"
# Holidays a deadline may be set before (2024年春节前): due the day before the holiday of the
# stated year.  Only with an explicit year; a year outside a table stays ``unknown``.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {"元旦": (1, 1), "国庆节": (10, 1), "国庆": (10, 1)}
# 春节 (first day of the lunar year), checked against the ``lunardate`` package.
SPRING_FESTIVAL: dict[int, tuple[int, int]] = {
    2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
    2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13),
    2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19),
    2035: (2, 8),
}
SPRING_FESTIVAL_WORDS: tuple[str, ...] = ("春节",)
# Words meaning "before" after a holiday or a year: 春节前, 2023年以前.
BEFORE_WORDS: tuple[str, ...] = ("以前", "之前", "前")
# What may follow a bare year (2025年, 2023年前, 2023年完成) for it to mean the end of that
# year; any other word after 年 (2024年两会前, 2023年汛期前, 2023年年初) leaves the phrase
# ``unknown`` rather than silently year-end.  Punctuation and the end of the phrase qualify too.
YEAR_FOLLOWERS: tuple[str, ...] = (
    *BEFORE_WORDS, "度", "为止", "止", "完成", "基本完成", "全面完成", "实现", "建成", "启动",
    "起", "至", "到", "及", "和", "或",
)
# Sentence-ending punctuation: a measure whose text ends otherwise may be truncated.
SENTENCE_END: str = "。；;！!？?”）)」』"

# -- other layouts of the genre (tgbe.parse.inline, tgbe.parse.table, header chrome) ----------

# Ongoing phrases that count as a deadline when they stand as a clause of their own inside a
# measure's text or unit brackets (…，持续推进。); elsewhere they are ordinary verbs.
INLINE_ONGOING: tuple[str, ...] = (
    "持续推进", "长期坚持", "长期推进", "常态化推进", "持续开展", "长期执行",
)
# A measure's last clause that starts with a time and says what is reached by then
# (…，5月底取得阶段性成效并持续推进。) is its deadline when nothing else dates it: the words
# that say so, the words that may come before the time, and words that make the date
# describe the past or a start instead (已建成, 2023年以来, 1月1日起施行) or sit in a
# quoted title (《…2023年12月…》).
PROGRESS_WORDS: tuple[str, ...] = (
    "完成", "取得", "成效", "见效", "推进", "实现", "建成", "上线", "落地", "推开", "覆盖",
    "运行", "投用", "投入使用",
)
PROGRESS_LEADS: tuple[str, ...] = ("力争", "确保", "争取", "于", "在")
NOT_PROGRESS_WORDS: tuple[str, ...] = ("已", "以来", "起", "开始", "《")
# Words that open a boxed example paragraph (专栏1：…, 典型案例：…): an illustration printed
# between measures, never a measure's text, field or stray line (unless it ends in units).
BOXED_EXAMPLE_WORDS: tuple[str, ...] = ("专栏", "典型案例", "案例", "典型经验", "经验做法")
# Notes that say how to read unit lists: （第一责任单位为牵头单位，下同）.  ``ONWARD`` words make
# the note hold for the following measures as well.
CONVENTION_NOTE: str = r"第一(?:责任|个)?单位为牵头(?:责任)?单位"
CONVENTION_NOTE_START = "第一"  # how every note starts: a cheap test before the pattern
CONVENTION_ONWARD: tuple[str, ...] = ("下同", "以下同", "后同")
# A notice's level (the prefix its units carry, 市 for 市住建局): the prefix of at least this
# share of the names written as prefix + core name, and of at least this many of them.  An
# unprefixed core name (市场监管局, 财政局) of such a notice takes the prefix in its canonical.
LEVEL_SHARE: float = 0.9
LEVEL_MIN_UNITS: int = 3
# Words joining two unit names in a list: 市级各有关部门及各县市区政府.
UNIT_JOINERS: tuple[str, ...] = ("及", "以及", "和", "与")
# Section headings that hold general provisions rather than measures (第一章 总则), and the
# closing sections on how the work is organised (三、保障措施 / （一）加强组织领导。…).
PROVISION_HEADINGS: tuple[str, ...] = (
    "总则", "附则", "总体要求", "指导思想", "基本原则", "工作目标", "主要目标",
    "保障措施", "保障机制", "组织保障", "工作保障", "实施保障", "工作要求", "组织实施",
    "有关要求", "其他事项",
)
# Labels of page chrome on web copies (来源：… 浏览量：… 发布时间：…): ignored in the header.
CHROME_LABELS: tuple[str, ...] = (
    "来源", "浏览量", "浏览次数", "访问量", "点击数", "点击量", "发布时间", "发布日期", "索引号",
    "发布机构", "成文日期", "备注/文号", "文号", "主题分类", "信息来源", "作者", "字号", "分享",
)
# Buttons and tools of a web page (【打印本页】【关闭窗口】, 字体：大 中 小 | 打印 | 关闭,
# [ 返回顶部 ], 分享到：微信 微博): a line made only of these words, alone or in brackets and
# between separators, is page chrome wherever it stands.
CHROME_BUTTONS: tuple[str, ...] = (
    "打印", "关闭", "收藏", "加入", "分享", "返回", "顶部", "保存", "纠错", "我要", "字体",
    "字号", "默认", "大", "中", "小", "本页", "此页", "页面", "窗口", "到", "微信", "微博",
    "朋友圈", "QQ空间",
)
# A short line without sentence punctuation naming the page's QR code (扫一扫在手机打开当前页,
# 用手机扫描二维码查看本页) is page chrome too: one word of each tuple.
CHROME_QR_WORDS: tuple[str, ...] = ("扫一扫", "扫描", "扫码", "二维码")
CHROME_PAGE_WORDS: tuple[str, ...] = ("当前页", "本页", "此页", "本文", "页面")
# Column headings of a task table (任务分解表) flattened to one cell per line, by meaning.
TABLE_SERIAL: tuple[str, ...] = ("序号", "编号")
TABLE_GROUP: tuple[str, ...] = (
    "章节", "类别", "任务类别", "重点任务", "领域", "指标", "指标名称", "项目", "板块", "分类",
)
TABLE_TEXT: tuple[str, ...] = (
    "方案内容", "工作任务", "具体措施", "任务内容", "主要任务", "工作措施", "改革举措", "提升举措",
    "具体举措", "任务举措", "工作内容", "主要内容", "具体任务", "措施内容", "任务措施",
    "举措", "措施", "主要举措", "工作举措", "重点举措", "任务",
)
# How a table's column heading ends when it is not one of the headings above: by its last
# word a column holds the measures' text (具体工作措施) or the group a row falls under (任务领域).
# A heading of another shape (备注, 考核方式) is a column of remarks, left out.
TABLE_TEXT_ENDINGS: tuple[str, ...] = ("措施", "举措", "任务", "内容")
TABLE_GROUP_ENDINGS: tuple[str, ...] = ("类别", "领域", "分类", "板块", "环节")
# How the name of an issuing body ends (泰州市人民政府办公室, 中共湘阴县委, 县营商环境建设工作
# 领导小组): the text before 关于 in a title is the issuer only if each of its names ends so; a
# place name alone (泰州, 泰州市) is not an issuer.
ISSUER_SUFFIXES: tuple[str, ...] = (
    "人民政府", "政府", "办公厅", "办公室", "领导小组", "小组", "委员会", "管委会", "委",
    "局", "厅", "办", "部", "署", "院", "中心", "处", "会",
)
# Separators of a web page's breadcrumb trail (首页 > 政策文件 > 县政府文件).
CHROME_BREADCRUMB_SEPARATORS: str = ">›»＞"
