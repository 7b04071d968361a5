"""Generate synthetic notices for benchmarks: varied counties, numbers, indicators, measures.

Usage: ``python bench/generate.py OUTDIR [--count N] [--seed S]``.  Every notice has the
usual shape (header, document number, principles, 附件, indicator sections with a summary,
a benchmark city and numbered measures with 完成时限 and 责任单位 lines) but its own county,
year, indicators, measure texts, numbers, deadlines and units.  Same seed, same files.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

SYLLABLES = "青山河安平永宁新丰华兴和泰清远云龙泉德阳江明石桃溪黄金松柏长乐福寿"
NUMERALS = "一二三四五六七八九十"
INDICATORS = [
    "开办企业", "劳动力市场监管", "办理建筑许可", "政府采购", "招标投标", "获得电力",
    "获得用水用气", "登记财产", "获得信贷", "保护中小投资者", "知识产权创造、保护和运用",
    "纳税", "执行合同", "办理破产", "市场监管", "政务服务", "包容普惠创新", "跨境贸易",
]
UNITS = [
    "市场监管局", "人社局", "住建局", "财政局", "发改委", "自然资源局", "税务局", "法院",
    "行政服务中心", "城管局", "金融办", "工信局", "公安局", "司法局", "交通运输局", "水利局",
    "商务局", "教体局", "卫健委", "生态环境局", "农业农村局", "医保局",
]
VERBS = ["深化", "推行", "完善", "建立健全", "探索", "持续推进", "全面落实", "优化", "拓展",
         "加快推进", "规范", "强化"]
OBJECTS = ["企业开办“一网通办”平台", "电子营业执照应用", "不动产登记信息共享", "工程建设项目审批",
           "招投标全流程电子化", "政务服务事项清单", "中小企业融资服务", "知识产权质押融资",
           "劳动争议调解机制", "水电气联合报装", "信用修复机制", "“双随机、一公开”监管",
           "跨部门数据共享", "惠企政策兑现", "破产案件府院联动", "纳税缴费便利化"]
PURPOSES = ["压缩办理时间至{n}个工作日以内", "实现网上可办率达到{p}%以上",
            "力争服务覆盖率达{p}%", "减少申请材料{n}项", "推动{n}个高频事项“一次办”",
            "提升企业满意度", "降低企业成本{p}%以上", "实现全流程线上办理"]
LEVELS = ["达到“优异”水平", "力争达到“优异”水平", "保持“优秀”水平", "力争达到“优秀”水平"]
CITIES = ["南昌", "赣州章贡", "湖北孝昌", "福建柘荣", "浙江安吉", "深圳福田", "湖南浏阳",
          "宜春樟树"]


def county(rng: random.Random) -> str:
    """A made-up county name of two syllables."""
    return "".join(rng.sample(SYLLABLES, 2))


def measure_text(rng: random.Random, place: str) -> str:
    """One measure sentence (sometimes two) with numbers that differ between notices."""
    parts = []
    for _ in range(rng.randint(1, 2)):
        purpose = rng.choice(PURPOSES).format(n=rng.randint(2, 30), p=rng.randint(50, 100))
        parts.append(f"{rng.choice(VERBS)}{place}{rng.choice(OBJECTS)}，{purpose}。")
    return "".join(parts)


def notice(rng: random.Random) -> str:
    """The text of one synthetic notice."""
    place, year = county(rng), rng.randint(2019, 2025)
    lines = [f"{place}县优化营商环境工作领导小组文件", "",
             f"{place[0]}营商发〔{year}〕{rng.randint(1, 20)}号", "",
             f"{place}县优化营商环境工作领导小组",
             f"关于印发{place}县营商环境提升举措（{year}版）的通知", "", "县直各有关单位：",
             "现将提升举措印发给你们，请认真抓好组织实施。"]
    for index, principle in enumerate(["强化闭环管理", "加强学习借鉴", "及时破解难题"]):
        lines.append(f"{NUMERALS[index]}、{principle}。任务原则上{year}年9月底前完成。")
    lines += ["附件", "", f"{place}县营商环境提升举措（{year}版）", ""]
    for index, name in enumerate(rng.sample(INDICATORS, rng.randint(12, 16))):
        numeral = NUMERALS[index] if index < 10 else "十" + NUMERALS[index - 10]
        lead = rng.choice(UNITS)
        lines.append(f"{numeral}、{name}指标（县{lead}牵头）")
        level = rng.choice(LEVELS)
        lines.append(f"实现办理时间压缩{rng.randint(10, 60)}%以上，“{name}”指标{level}。")
        lines.append(f"对标城市：{rng.choice(CITIES)}。")
        for number in range(1, rng.randint(10, 17)):
            units = "、".join("县" + unit for unit in rng.sample(UNITS, rng.randint(1, 4)))
            lines += [f"{number}.{measure_text(rng, place)}",
                      f"完成时限：{year}年{rng.randint(3, 12)}月", f"责任单位：{units}"]
    return "\n".join(lines) + "\n"


def generate(directory: Path, count: int, seed: int = 2023) -> list[Path]:
    """Write ``count`` notices into ``directory``; return their paths."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = directory / f"notice-{index:04d}.txt"
        path.write_text(notice(rng), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Command line: write generated notices into a folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2023)
    arguments = parser.parse_args()
    paths = generate(arguments.directory, arguments.count, arguments.seed)
    print(f"wrote {len(paths)} notices to {arguments.directory}")


if __name__ == "__main__":
    main()
