"""The release's own dateline (press-release headers and footers written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from kopress.dateline import find_reference_date

FILLER = "본문 문장이 이어진다. " * 60  # ~780 characters of body text

# (document, expected date, expected surface of the date span)
DATELINES = [
    ("2023.01.16\n\n㈜가나다, 신제품 출시", "2023-01-16", "2023.01.16"),  # a line of its own at the top
    ("제목\n2023. 1. 16.\n본문", "2023-01-16", "2023. 1. 16."),  # dotted with spaces, own line
    ("2023년 1월 16일 배포\n㈜가나다는", "2023-01-16", "2023년 1월 16일"),  # date + 배포
    ("㈜한빛테크 단일판매ㆍ공급계약체결\n\n2026. 11. 27.(금) 공시\n", "2026-11-27", "2026. 11. 27."),  # a disclosure's date
    ("보도일시: 2023. 1. 16.(월) 조간\n제목", "2023-01-16", "2023. 1. 16."),  # cue + weekday + edition
    ("보도일시 2023-01-16\n제목", "2023-01-16", "2023-01-16"),  # ISO after a cue
    ("입력 2023.01.16 09:00\n본문", "2023-01-16", "2023.01.16"),  # news byline with time
    ("등록 2023-01-16 09:00 | 수정 2023-01-17", "2023-01-16", "2023-01-16"),  # first cue wins
    ("작성일 : 2022/12/30\n본문", "2022-12-30", "2022/12/30"),  # slashes, spaced colon
    ("배포일시: 2024년 2월 29일(목)\n본문", "2024-02-29", "2024년 2월 29일"),  # leap day, 년월일
    (FILLER + "\n2023.03.31", "2023-03-31", "2023.03.31"),  # own line at the bottom
    (FILLER + "\n입력 2023.01.16", "2023-01-16", "2023.01.16"),  # cue anywhere
    ("[2023-01-16]\n제목", "2023-01-16", "2023-01-16"),  # bracketed own line
    # …and bracketed, opening the text with the lead on its line (before: no dateline)
    ("[2026.11.25] 한빛테크는 오는 30일 협약을 체결한다.", "2026-11-25", "2026.11.25"),
    ("[2026년 11월 25일] 한빛테크는 내일 협약을 체결한다.", "2026-11-25", "2026년 11월 25일"),
    ("엠바고: 2023. 1. 16.(월) 06:00\n제목", "2023-01-16", "2023. 1. 16."),  # embargo = release day
    ("보도시점 : 2023년 1월 16일(월) 12:00", "2023-01-16", "2023년 1월 16일"),  # 보도시점 cue
    ("배포 일시 : 2023-01-16\n제목", "2023-01-16", "2023-01-16"),  # cue + noun + spaced colon
    ("기사입력 2023.01.16. 오전 9:00", "2023-01-16", "2023.01.16."),  # trailing dot kept in the span
    ("등록일 2023.01.16\n" + FILLER + "특허 등록 2019.03.05", "2023-01-16", "2023.01.16"),  # first cue near top
    (FILLER + "특허 등록 2019.03.05 " + FILLER, "2019-03-05", "2019.03.05"),  # a cue anywhere, if nothing else
    ("산업통상자원부 | 2023.01.16\n제목", "2023-01-16", "2023.01.16"),  # issuer | date line
    ("2023-01-16 · 홍보팀\n제목", "2023-01-16", "2023-01-16"),  # date · team line
    ("제목\n2023년 1월 16일 월요일\n본문", "2023-01-16", "2023년 1월 16일"),  # spelled weekday
    ("제목\r\n2023. 1. 16.\r\n본문", "2023-01-16", "2023. 1. 16."),  # CRLF line ends
]


@pytest.mark.parametrize("text,expected,surface", DATELINES)
def test_dateline(text, expected, surface):
    got = find_reference_date(text)
    assert got is not None
    date, start, end = got
    assert date == dt.date.fromisoformat(expected)
    assert text[start:end] == surface


NOT_DATELINES = [
    "한빛테크는 [2026.11.25] 오는 30일 협약을 체결한다.",  # bracketed inside a sentence
    "[한빛경제] 2026.11.25 한빛테크는 오는 30일 협약을 체결한다.",  # not the text's opening bracket
    "",  # empty
    "회사는 2023년 1월 16일 행사를 열었다.",  # a date inside a sentence, no cue
    "언론이 보도했다. 2023년 1월 16일 열린 행사에서",  # 보도 is a verb here, text between cue and date
    "제목\n" + FILLER + "\n2023.01.16\n" + FILLER,  # own line, but in the middle of a long body
    "IFA 2024 참가\n본문",  # a year inside a name
    "보도자료 2023년\n본문",  # not a full date
    "2023.02.30\n본문",  # no such day
    "2023.\n01.\n16\n본문",  # a date never runs across line breaks
    "문의 02-1234-5678",  # a phone number
    "행사 안내 | 2023년 1월 16일 열린 행사에서 발표된 내용을 정리한 긴 문장입니다\n본문",  # line too long
    FILLER + "2019년 3월 5일 배포된 보고서에 따르면 " + FILLER,  # date + 배포 deep in the body
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_dateline(text):
    assert find_reference_date(text) is None


def test_bad_input_does_not_raise():
    assert find_reference_date("9" * 10_000) is None
