"""Fixtures for the search tests: about thirty realistic phrases, as a list and as a small bank."""

from __future__ import annotations

import pytest

from assistant.bank import Bank, Phrase
from assistant.search import BankIndex, PhraseIndex

# (topic, function, text); written for these tests.
PHRASES = [
    ("组织建设", "措施", "严格落实“三会一课”制度，按时召开支部党员大会、支委会和党小组会。"),
    ("组织建设", "成效", "全年召开支部党员大会4次、支委会12次，讲授专题党课4次。"),
    ("组织建设", "措施", "每月固定开展主题党日活动，组织党员重温入党誓词。"),
    ("组织建设", "措施", "认真召开专题组织生活会，深入开展批评和自我批评。"),
    ("组织建设", "问题", "组织生活会质量不高，批评和自我批评辣味不足。"),
    ("组织建设", "措施", "按时足额收缴党费，每半年公示一次党费收缴情况。"),
    ("组织建设", "措施", "严格按照程序做好发展党员工作，全年发展预备党员2名。"),
    ("组织建设", "计划", "持续推进支部标准化规范化建设，提升组织力。"),
    ("作风建设", "措施", "严格落实中央八项规定及其实施细则精神，坚决纠治“四风”。"),
    ("作风建设", "成效", "作风建设持续加强，“四风”问题得到有效遏制。"),
    ("作风建设", "问题", "个别党员干部作风不够扎实，存在形式主义苗头。"),
    ("理论武装", "措施", "坚持以习近平新时代中国特色社会主义思想为指导，抓好理论学习中心组学习。"),
    ("理论武装", "措施", "依托“学习强国”APP开展线上学习，党员参学率保持在95%以上。"),
    ("理论武装", "成效", "党员干部的理论素养和政治判断力进一步提高。"),
    ("党建品牌", "措施", "打造“党建+业务”融合品牌，推动党建与业务同频共振。"),
    ("党建品牌", "措施", "建成5G智慧党建活动室，实现党员大会远程参会。"),
    ("党风廉政建设", "措施", "开展廉政警示教育，组织党员干部观看警示教育片。"),
    ("党风廉政建设", "措施", "深入推进清廉机关建设，梳理廉政风险点并制定防控措施。"),
    ("党风廉政建设", "计划", "压紧压实全面从严治党主体责任，深化清廉机关建设。"),
    ("意识形态", "措施", "落实意识形态工作责任制，定期研判网络舆情。"),
    ("志愿服务", "措施", "深化“我为群众办实事”实践活动，组织党员到社区开展志愿服务。"),
    ("志愿服务", "成效", "全年开展志愿服务12场，为群众办实事30件。"),
    ("党建带群建", "措施", "推动工会、共青团、妇联等群团组织联动，举办职工运动会。"),
    ("业务工作", "措施", "推进银行网点党员先锋岗创建，提升服务质效。"),
    ("业务工作", "成效", "营业网点服务满意度稳步提升。"),
    ("组织建设", "开头", "一年来，支部在上级党委的坚强领导下，团结带领全体党员扎实工作。"),
    ("组织建设", "结尾", "新的一年，支部将以更加饱满的热情做好各项工作。"),
    ("组织建设", "措施", "开展民主评议党员，采取个人自评、党员互评和民主测评相结合的方式。"),
    ("组织建设", "问题", "“三会一课”记录不够规范，会议质量有待提高。"),
    ("理论武装", "措施", "召开读书班，重点学习党章党规和党的创新理论。"),
]
TEXTS = [text for _, _, text in PHRASES]


@pytest.fixture(scope="session")
def index() -> PhraseIndex:
    """Return the index over the fixture texts."""
    return PhraseIndex(TEXTS)


@pytest.fixture(scope="session")
def bank() -> Bank:
    """Return a bank of the fixture phrases; the odd ones are valid until 2025 only."""
    return Bank([Phrase(id=f"test.{i:02d}", text=text, genres=("party_summary",), topic=topic, function=function,
                        tags=("会议",) if "会" in text else (), until=2025 if i % 2 else None)
                 for i, (topic, function, text) in enumerate(PHRASES)])


@pytest.fixture(scope="session")
def bank_index(bank: Bank) -> BankIndex:
    """Return the index over the fixture bank."""
    return BankIndex(bank)
