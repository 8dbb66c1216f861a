"""dates family over one whole release (written for this test), dated by its own dateline."""

from __future__ import annotations

import datetime as dt

from kopress.dateline import find_reference_date
from kopress.extractors.dates import extract

RELEASE = """보도일시: 2023. 1. 16.(월) 조간
㈜가나다테크, 미국 기업과 1000만 달러 공급계약 체결

㈜가나다테크(대표 홍길동)는 지난 12일(현지시간) 미국 캘리포니아에서 나라전자와 2년간 1000만 달러 규모의 부품 공급계약을 체결했다고 15일 밝혔다. 이날 서명식에는 양사 대표가 참석했다.

계약 기간은 2023년 2월 1일부터 2025년 1월 31일까지이며, 첫 물량은 다음 달 초 선적될 예정이다. 회사는 지난해 4분기 매출이 전년 동기 대비 20% 늘었으며, 올해 상반기 중 베트남 공장을 가동할 계획이라고 설명했다.

회사는 오는 20일 오후 2시 서울 코엑스에서 신제품 설명회를 열고, 3월 중순 'IFA 2024' 참가 계획도 공개한다. 설명회는 20~21일 이틀간 열리며, 사전 등록은 18일 자정까지 받는다.

홍길동 대표는 "지난달 28일 착공한 2공장이 연말 완공되면 생산능력이 3배로 늘어난다"며 "내년에는 매출 1조원을 달성하겠다"고 말했다.

문의: 02-1234-5678
"""

D = dt.date.fromisoformat
# (surface, value, value_end, time) in text order; reference 2023-01-16 from the dateline
EXPECTED = [
    ("2023. 1. 16.(월)", D("2023-01-16"), None, None),  # the dateline itself; 01-16 is a Monday
    ("지난 12일", D("2023-01-12"), None, None),  # 12 ≤ 16: this month
    ("15일", D("2023-01-15"), None, None),  # bare day: reference month (the report date)
    ("이날", D("2023-01-12"), None, None),  # antecedent: 12일 (15일 is "…15일 밝혔다")
    ("2023년 2월 1일부터 2025년 1월 31일까지", D("2023-02-01"), D("2025-01-31"), None),  # a range
    ("다음 달 초", D("2023-02-01"), D("2023-02-10"), None),  # Jan+1, 초 = 1st–10th
    ("지난해 4분기", D("2022-10-01"), D("2022-12-31"), None),  # 2023−1, Q4
    ("올해 상반기", D("2023-01-01"), D("2023-06-30"), None),  # H1 2023
    ("오는 20일 오후 2시", D("2023-01-20"), None, "14:00"),  # 20 > 16: this month; 2+12
    ("3월 중순", D("2023-03-11"), D("2023-03-20"), None),  # ref year, 중순 = 11th–20th
    ("20~21일", D("2023-01-20"), D("2023-01-21"), None),  # ref month (이틀간 is a duration)
    ("18일 자정", D("2023-01-18"), None, "24:00"),  # until the 18th ends
    ("지난달 28일", D("2022-12-28"), None, None),  # Jan−1 → Dec 2022
    ("연말", D("2023-10-01"), D("2023-12-31"), None),  # ref year 말 = Oct–Dec
    ("내년", D("2024-01-01"), D("2024-12-31"), None),  # 2023+1
]


def test_whole_release(make_ctx):
    ref, start, end = find_reference_date(RELEASE)
    assert ref == D("2023-01-16") and RELEASE[start:end] == "2023. 1. 16."
    got = [(m.text, m.value, m.value_end, m.time) for m in extract(make_ctx(RELEASE, ref))]
    missing = [e for e in EXPECTED if e not in got]
    extra = [g for g in got if g not in EXPECTED]
    assert (missing, extra) == ([], [])
