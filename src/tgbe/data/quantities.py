"""Words around figures in targets: units of measure, comparators, lead-in words.

Used by the conflicting-target rule to read "metric + comparator + number + unit" phrases such
as 实现城镇新增就业1500人 or 线上办电率达到95%以上.  Longest entries first where it matters.
"""

from __future__ import annotations

# Units of measure that may follow a number (longest first).
MEASURE_UNITS: tuple[str, ...] = (
    "个工作日", "个百分点", "工作日", "百分点", "万千瓦", "平方米", "千伏", "万元", "亿元",
    "万人", "人次", "小时", "分钟", "公里", "%", "％", "‰", "元", "人", "家", "户", "件", "项",
    "个", "份", "天", "次", "笔", "台", "座", "所", "条", "名", "辆", "米", "亩", "倍", "张",
    "套", "批", "类", "位", "支", "场", "期", "周",
)
# Characters after a number that make it a date or a range, not a target value.
NOT_A_VALUE_AFTER: str = "年月日号时+-－~～—.．:："
# Comparators between a metric and its value; those in DELTA_COMPARATORS state a change
# (增长3%), the others a level (达到95%).  Longest first.
LEVEL_COMPARATORS: tuple[str, ...] = (
    "控制在", "稳定在", "保持在", "提高到", "提高至", "提升到", "提升至", "压缩至", "压缩到",
    "压减至", "压减到", "缩短至", "缩短到", "降低至", "降低到", "降至", "不少于", "不低于",
    "不超过", "不高于", "达到", "保持", "超过", "至少", "突破", "达", "超", "为", "至", "到",
    "在", "占", "的",
)
DELTA_COMPARATORS: tuple[str, ...] = (
    "增长", "提高", "提升", "下降", "减少", "压缩", "压减", "降低", "缩短", "增加",
)
# Words that may open a target phrase without being part of the metric's name.
LEAD_IN_WORDS: tuple[str, ...] = (
    "力争", "确保", "实现", "争取", "努力", "同时", "进一步", "全面", "使", "将", "并", "且",
)
# Words of time scope opening a metric's name, dropped when two names are compared
# (全年新增就业 = 新增就业, which 城镇新增就业 ends with).
SCOPE_WORDS: tuple[str, ...] = ("全年", "年内", "年度", "累计", "其中")
# Function words dropped when two metric names are compared (企业的开办时间 = 企业开办时间).
METRIC_FUNCTION_WORDS: tuple[str, ...] = ("的", "之")
# Nouns naming the duration itself, dropped from the end of a name when names are compared:
# 一般不动产登记时间 and 一般不动产登记 (压缩至3个工作日) are one metric.
DURATION_NOUNS: tuple[str, ...] = ("时间", "用时", "时限", "时长")
# Markers of a per-capita or average metric (每万人有效发明专利拥有量 ≠ 有效发明专利拥有量).
RATE_MARKERS: tuple[str, ...] = ("每", "人均", "户均", "平均", "万人")
# Words that make a phrase list several values at once (分别压减到5个、12个工作日).
LIST_MARKERS: tuple[str, ...] = ("分别", "依次")
