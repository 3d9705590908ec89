"""The words that follow a number in a report, longest first: units, measure words, and the
marks of a percentage or a change in percentage points."""

from __future__ import annotations

import re

_MAGNITUDES = ("万亿", "千亿", "百亿", "亿", "千万", "百万", "十万", "万", "千", "百")
# Units a magnitude may stand before (2.54亿元, 51.3万人, 1.57万人次, 3万吨).
_SCALABLE = (
    "元", "美元", "人次", "人", "户", "吨", "吨标准煤", "千瓦", "千瓦时", "平方米", "平方公里",
    "亩", "公顷", "立方米", "辆", "标箱", "册", "件", "个", "台", "套", "只", "头", "株", "张",
    "笔", "份", "次", "千米", "公里", "米", "床", "字", "公斤", "千克",
)  # fmt: skip
_COUNTS = (
    "家", "项", "所", "座", "条", "部", "批", "场", "届", "类", "种", "支", "架", "艘", "处",
    "栋", "间", "篇", "本", "门", "期", "轮", "宗", "块", "片", "段", "例", "名", "位", "版块",
    "板块", "大类", "大项", "大版块", "大板块", "岁", "年", "个月", "天", "小时", "分钟", "周",
    "倍", "成", "分", "强", "列", "位次", "个位次", "名次", "克", "度", "项次", "℃", "摄氏度",
)  # fmt: skip
PERCENT = ("%", "％", "‰")
POINTS = ("个百分点", "百分点")
PLACES = ("个位次", "位次", "个名次", "名次", "位", "名")
RANK_UNITS = ("位", "名")
LIST_UNITS = ("强", "名", "位")  # 前50强, 前10名

UNITS = sorted(
    {*(m + b for m in _MAGNITUDES for b in _SCALABLE), *_SCALABLE, *_COUNTS, *_MAGNITUDES,
     *POINTS, *PERCENT},
    key=len,
    reverse=True,
)  # fmt: skip
_UNIT = re.compile("|".join(re.escape(unit) for unit in UNITS))
MONEY = re.compile(r"元$")
PEOPLE = re.compile(r"(人|人次|名|位|户)$")


def unit_at(text: str, start: int) -> str:
    """The unit printed at ``start`` (the longest known), or "" when there is none."""
    found = _UNIT.match(text, start)
    if not found:
        return ""
    unit = found.group()
    if unit == "分" and text.startswith("分之", start):  # 百分之三十 is a percentage in words
        return ""
    return unit
