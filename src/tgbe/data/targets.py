"""Words of quantitative targets: units of measure, comparator words and what is not a target.

The extractor (:mod:`tgbe.parse.targets`) reads a figure as *metric + comparator + value + unit*,
e.g. ``电子证照使用率达80%以上``.  Every table it consults is here; users never need to
touch the code to teach it a new unit or wording.
"""

from __future__ import annotations

from tgbe.vocab import Comparator

# Units of measure, as written (longest match wins) -> the unit recorded in the target.
UNITS: dict[str, str] = {
    "%": "%", "％": "%", "‰": "‰", "个百分点": "个百分点", "百分点": "个百分点",
    "个工作日": "个工作日", "工作日": "个工作日", "个自然日": "个自然日", "自然日": "个自然日",
    "个小时": "小时", "小时": "小时", "分钟": "分钟", "个月": "个月", "天": "天", "日": "日",
    "亿元": "亿元", "万元": "万元", "千元": "千元", "元": "元",
    "万人次": "万人次", "人次": "人次", "万人": "万人", "人": "人", "名": "名",
    "万户": "万户", "户": "户", "家": "家", "件": "件", "项": "项", "个": "个", "份": "份",
    "所": "所", "次": "次", "条": "条", "座": "座", "台": "台", "张": "张",
    "公里": "公里", "千米": "公里", "米": "米", "平方米": "平方米", "亩": "亩", "吨": "吨",
    "千伏": "千伏", "千瓦": "千瓦", "兆瓦": "兆瓦", "倍": "倍",
}
# Nouns that, right after 个, are part of the unit: 不超过2个环节 -> unit 个环节.
COUNTED_NOUNS: tuple[str, ...] = ("环节", "步骤", "窗口", "批次")
UNITS.update({f"个{noun}": f"个{noun}" for noun in COUNTED_NOUNS})
# Magnitudes written between a number and its unit: 2.5万份 -> unit 万份, 3亿元 -> 亿元.
UNIT_MAGNITUDES: tuple[str, ...] = ("万", "亿")
# Units whose figure names a class of thing rather than an amount (10千伏线路 is a kind
# of line, not a target of ten kilovolts).
SPECIFICATION_UNITS: frozenset[str] = frozenset({"千伏"})

# Words right before the figure (longest match wins).  Change verbs (增长3%) state a change
# by the value; bound words (达到, 控制在) state the level to reach or stay within.
ADJACENT_WORDS: dict[str, Comparator] = {
    **dict.fromkeys(
        ("达到", "达", "超过", "超", "不少于", "不低于", "至少", "保持在", "稳定在", "保持",
         "提升至", "提升到", "提高至", "提高到", "增加至", "增加到", "增长至", "增长到", "突破",
         "多于", "高于", "大于"),
        Comparator.AT_LEAST,
    ),
    **dict.fromkeys(
        ("控制在", "压缩至", "压缩到", "压减至", "压减到", "缩短至", "缩短到", "降至", "降到",
         "降低至", "降低到", "减少至", "减少到", "下降至", "下降到", "不超过", "不高于", "低于",
         "少于", "小于"),
        Comparator.AT_MOST,
    ),
    **dict.fromkeys(("增长", "提升", "提高", "增加", "上升", "增幅"), Comparator.INCREASE),
    **dict.fromkeys(("压缩", "压减", "降低", "减少", "缩短", "下降", "缩减"),
                    Comparator.DECREASE),
    "为": Comparator.EQUAL,
}
# 至/到 right before a figure name the level a change verb opening the clause aims at
# (压缩开办时间至1个工作日 -> <=, 提升覆盖率至90% -> >=); without such a verb the figure is plain.
TO_WORDS: tuple[str, ...] = ("至", "到")
TO_LEVEL: dict[Comparator, Comparator] = {
    Comparator.DECREASE: Comparator.AT_MOST, Comparator.INCREASE: Comparator.AT_LEAST,
}
CHANGE_COMPARATORS: frozenset[Comparator] = frozenset({Comparator.INCREASE, Comparator.DECREASE})
# Words right after the figure and its unit.
SUFFIX_WORDS: dict[str, Comparator] = {
    "及以上": Comparator.AT_LEAST, "以上": Comparator.AT_LEAST, "之上": Comparator.AT_LEAST,
    "及以下": Comparator.AT_MOST, "以下": Comparator.AT_MOST, "以内": Comparator.AT_MOST,
    "之内": Comparator.AT_MOST, "内": Comparator.AT_MOST, "左右": Comparator.EQUAL,
}

# Where the phrase naming a metric starts: clause punctuation (or the previous target).
CLAUSE_BREAKS: str = "，,。；;：:！!？?\n"
# Words stripped from the start of a metric phrase (repeatedly, longest first).
METRIC_LEAD_WORDS: tuple[str, ...] = (
    "力争实现", "力争", "确保", "实现", "推出", "推动", "培育", "引进", "稳固", "巩固", "将",
    "把", "使",
    "并", "且", "和", "全年", "年内", "年度", "其中", "同时", "累计", "在", "、", "，", " ",
)
# An item number opening a metric phrase (sub-points run into a measure text: 2.将…, （1）,
# 3、) is stripped like a lead word.  Bounded, so it is matched in constant time.
ITEM_NUMBER_PATTERN: str = (
    r"(?:[0-9]{1,3}[.．、](?![0-9])|[（(][0-9一二三四五六七八九十]{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}、)"
)
# A metric phrase ending in one of these words names the means, not the metric, which is
# then the phrase after the figure (依托电子证照库实现2.5万份以上证照免提交 -> 证照免提交).
METRIC_CUT_WORDS: tuple[str, ...] = ("实现",)
# Words after a metric phrase that hand one figure to each listed metric:
# 企业间转移登记和存量房转移登记办理时间分别压减到5个、12个工作日.
RESPECTIVELY_WORDS: tuple[str, ...] = ("分别", "依次")
# Separators of listed metrics before RESPECTIVELY_WORDS.
METRIC_LIST_SEPARATORS: str = "、和及与"
# Words stripped from the end of a metric phrase (besides comparator words), including the
# words of a comparison base once its year is cut out (网上办税率较2024年提高 → 网上办税率);
# not a bare 比, which ends real metrics (占比).
METRIC_TRAIL_WORDS: tuple[str, ...] = (
    "分别", "均", "的", "都", "要", "已", "、", " ", "较", "同比", "环比", "相比",
)
# A metric ending in a quoted name of a rate (企业开办“一日办结率”) is that name.
METRIC_SUFFIXES: tuple[str, ...] = ("率", "比例", "占比", "量", "数", "额", "用时", "时间")
# When the words before a figure name no metric (推出不少于40项高频事项), the metric is the
# phrase after it, up to one of these words.
TAIL_STOP_WORDS: tuple[str, ...] = ("纳入", "实现", "完成", "达到", "提前", "的")
# A metric phrase ending in one of these verbs is completed by the phrase after the figure
# (年度新增58个5G基站 -> 新增5G基站).
TAIL_VERBS: tuple[str, ...] = (
    "新增", "建设", "建成", "打造", "完成", "培育", "引进", "设立", "推出", "选择", "谋划",
    # a preposition whose object is the figure: 推动电子证照在12个以上高频场景应用
    "在",
)

# Fixed phrases whose numeral is part of a name, not a count (一件事一次办).
SET_PHRASES: tuple[str, ...] = (
    "一件事", "一次办", "一次性", "一日办结", "一个窗口", "一张网", "一网通办", "一窗",
    "最多跑一次", "一次都不跑", "一站式", "一条龙",
)
# Numerals that, with a counter and no comparator word, are an article ("a"), not a count:
# 委托一家机构, 整合为一个事项 (but 压缩至一个工作日 is a target).
ARTICLE_NUMERALS: frozenset[str] = frozenset({"一"})
# A year: 2023年, 2023年底前, 2022年及以前 (the phrase is cut out of metric names).
YEAR_PATTERN: str = (
    r"(?:19|20)[0-9]{2}(?:[-—~～至到](?:19|20)?[0-9]{2})?年"
    r"(?:底|末|初|内|度|中|上半年|下半年)?(?:及以前|以前|之前|前|以来|起)?"
)
# A date part: 6月, 6月底, 12月31日, 31日 after a month.
MONTH_PATTERN: str = r"[0-9]{1,2}月(?:[0-9]{1,2}[日号])?(?:底|末|初|中|上旬|中旬|下旬)?前?"
# Quotation marks: a figure inside quotes is part of a name (“15分钟政务服务圈”).
QUOTE_PAIRS: dict[str, str] = {"“": "”", "「": "」", "『": "』", "《": "》", '"': '"'}
