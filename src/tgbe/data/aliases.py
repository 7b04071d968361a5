"""Unit aliases: canonical core names, their variants as written, whole-name patterns.

The table groups only abbreviations and spellings of the *same* body (市监局 = 市场监管局).
A renamed or different body (金融办 / 金融服务中心, 行政审批局 / 政务服务中心, 发改委 / 发改局)
has an entry of its own, so that ``tgbe diff`` can report the rename.  The canonical names
here are grouping keys: tgbe shows the notice's own written form (see tgbe.parse.names).

A core name is a unit's name without its administrative prefix (县, 市, 区, 省 …):
"区市监局" is read as prefix 区 + alias 市监局 of 市场监督管理局 -> 区市场监督管理局.
Users add their own with ``aliases`` in tgbe.toml / [tool.tgbe] or ``--alias-file``
(see the README).  Kept as Python data so that reading it costs no YAML parser at start-up.
"""

from __future__ import annotations

# Canonical core name -> variants as written in notices.
ALIASES: dict[str, tuple[str, ...]] = {
    "市场监督管理局": (
        "市场监管局",
        "市监局",
        "市场监管分局",
        "市场监督管理分局",
    ),
    "发展和改革委员会": (
        "发改委",
        "发展改革委",
        "发展改革委员会",
    ),
    "发展和改革局": ("发改局", "发展改革局"),
    "人力资源和社会保障局": ("人社局", "人力资源社会保障局", "人力社保局"),
    "住房和城乡建设局": ("住建局", "住房城乡建设局"),
    "住房和城乡建设委员会": ("住建委", "住房城乡建设委员会"),
    "自然资源局": (),
    "自然资源和规划局": ("自然资源规划局", "自规局", "资规局"),
    "行政审批局": ("行政审批服务局", "审批局"),
    "政务服务中心": (),
    "行政服务中心": (),
    "政务服务数据管理局": ("政数局",),
    "工业和信息化局": ("工信局",),
    "工业和信息化委员会": ("工信委",),
    "科技和工业信息化局": ("科工信局",),
    "教育体育局": ("教体局", "教育和体育局"),
    "交通运输局": ("交通局", "交运局"),
    "城市管理局": ("城管局",),
    "城市管理和综合执法局": ("城管执法局",),
    "生态环境局": ("生态环境分局",),
    "金融工作办公室": ("金融办",),
    "地方金融监督管理局": ("金融局",),
    "税务局": ("税务分局",),
    "住房公积金中心": ("公积金中心", "住房公积金管理中心"),
    "人民法院": ("法院",),
    "人民检察院": ("检察院",),
    "公安局": ("公安分局",),
    "司法局": ("司法分局",),
    "财政局": (),
    "商务局": (),
    "农业农村局": (),
    "卫生健康委员会": ("卫健委",),
    "卫生健康局": ("卫健局",),
    "应急管理局": ("应急局",),
    "医疗保障局": ("医保局",),
    "文化广电新闻出版旅游局": ("文广新旅局",),
    "文化广电旅游局": ("文广旅局",),
    "文化和旅游局": ("文旅局",),
    "水利局": (),
    "统计局": (),
    "审计局": (),
    "科学技术局": ("科技局",),
    "政府办公室": ("政府办", "人民政府办公室"),
    "委人才工作领导小组办公室": ("委人才办",),
    "数据局": (),
    "大数据管理局": (),
    "委机构编制委员会办公室": ("委编办",),
    "委网络安全和信息化委员会办公室": ("委网信办",),
    "营商环境办公室": (
        "营商办",
        "优化营商环境办公室",
        "营商环境建设工作领导小组办公室",
        "优化营商环境工作领导小组办公室",
    ),
    "银保监监管组": ("银保监组", "银保监局监管组"),
    "退役军人事务局": ("退役军人局",),
    "国有资产监督管理委员会": ("国资委",),
    "残疾人联合会": ("残联",),
    "工商业联合会": ("工商联",),
    "科学技术协会": ("科协",),
    "消防救援大队": ("消防大队",),
    "外事办公室": ("外事办",),
    "机关事务管理局": ("机关事务局",),
    "人民防空办公室": ("人防办",),
    "公共资源交易中心": ("公共资源交易服务中心",),
    "不动产登记中心": (),
    "民政局": (),
    "总工会": (),
    "信访局": (),
}

# Whole names (no administrative prefix) of units outside government departments:
# (regular expression over the whole name, canonical name with its groups).
PATTERNS: tuple[tuple[str, str], ...] = (
    (r"^(?:中国)?人民银行(?P<place>.+?)县?支行$", "中国人民银行{place}支行"),
    (r"^人行(?P<place>.+?)县?支行$", "中国人民银行{place}支行"),
    (r"^(?:国网|国家电网)(?P<place>.+?)(?:县)?供电(?:分)?公司$", "国网{place}供电公司"),
    (r"^(?:共青)?团(?P<level>[省市州县区旗])委(?:员会)?$", "团{level}委"),
)

# Administrative prefixes that may stand before a core name.
PREFIXES: tuple[str, ...] = ("省", "市", "州", "县", "区", "旗", "镇", "乡")
