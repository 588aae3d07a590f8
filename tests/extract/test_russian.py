"""Source, hedge, date and subject of figures in Russian-language sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claimledger.extract import default_pipeline
from claimledger.extract.components.russian import attribution, is_russian, russian_date
from claimledger.extract.components.sentences import split_sentences
from claimledger.model import Claim, Document

PUBLISHED = date(2025, 3, 20)  # a Thursday


def claims(text: str) -> tuple[Claim, ...]:
    doc = Document(id="t", text=text, published=PUBLISHED)
    return default_pipeline()(doc).claims


def test_is_russian_tells_cyrillic_sentences_from_english_ones() -> None:
    assert is_russian("Полиция задержала около 2,5 тыс. мигрантов.")
    assert not is_russian("Police detained about 2,500 migrants (мигрантов).")


def test_cyrillic_capital_starts_a_new_sentence() -> None:
    text = "Выплата выросла. По данным МВД, задержаны 300 человек. В 2024 г. Минобороны ..."
    assert [s.text[:6] for s in split_sentences(text)] == ["Выплат", "По дан", "В 2024"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "hedge"),
    [
        ("По данным ведомства, 312 человек получили гражданство.", "ведомства", "reported"),
        ("По оценкам экономистов, регионы потратили 100 млрд рублей.", "экономистов", "estimated"),
        ("Задержаны 2 тыс., сообщило во вторник МВД по региону.", "МВД по региону", "reported"),
        ("Как сообщает «Медиазона», погибли 200 человек.", "Медиазона", "reported"),
        ("Юрист Мария Иванова сказала, что их 40.", "Юрист Мария Иванова", "reported"),
        ("Правозащитники утверждают, что завербованы 3 тыс.", "Правозащитники", "claimed"),
    ],
)  # fmt: skip
def test_attribution_names_speaker_and_hedge(sentence: str, speaker: str, hedge: str) -> None:
    found = attribution(sentence)
    assert found is not None
    assert (found.speaker, found.hedge) == (speaker, hedge)


def test_agency_noun_and_pronoun_resolve_to_the_speaker_named_before() -> None:
    text = (
        "Полиция задержала 2 тыс. мигрантов, сообщило ГУ МВД. "
        "По данным ведомства, 312 человек получили гражданство. "
        "Юрист Анна Петрова рассказала, что к ней обратились 40 человек. "
        "По ее словам, 12 из них подписали контракт."
    )
    sources = [c.source for c in claims(text)]
    assert sources == ["ГУ МВД", "ГУ МВД", "Юрист Анна Петрова", "Юрист Анна Петрова"]


def test_modal_verb_makes_the_figure_possible() -> None:
    found = claims("Это может составлять до 15% расходов регионов.")
    assert [c.hedge for c in found] == ["possible"]
    assert found[0].evidence and dict(found[0].evidence)["hedge"] == "ru.hedge.possible"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Задержаны 300 человек, сообщило во вторник МВД.", "2025-03-18"),
        ("Выплата теперь составляет 1 млн рублей.", "2025-03-20"),
        ("В 2024 году регионы потратили 100 млрд рублей.", "2024"),
        ("В декабре уехали 5 тыс. человек.", "2024-12"),
        ("В марте 2023 года уехали 5 тыс. человек.", "2023-03"),
        ("В прошлом году уехали 5 тыс. человек.", "2024"),
        ("С начала года контракт подписали 5 тыс. человек.", None),
    ],
)
def test_russian_dates_resolve_against_publication(sentence: str, expected: str | None) -> None:
    assert russian_date(sentence, PUBLISHED)[0] == expected


def test_subject_before_verb_of_amounting_and_gapped_clause() -> None:
    text = "В Подмосковье выплата сейчас составляет 1,2 млн рублей, а в Татарстане — до 2,5 млн."
    assert [c.subject for c in claims(text)] == ["выплата в Подмосковье", "выплата в Татарстане"]


def test_subject_keeps_counted_noun_with_its_relative_clause() -> None:
    text = "К юристу обратились не менее 40 человек, которых принуждали подписать контракт."
    assert claims(text)[0].subject == "человек, которых принуждали подписать контракт"


def test_subject_adds_governing_verb_to_a_bare_noun() -> None:
    text = "В ходе рейдов полиция задержала около 2,5 тыс. мигрантов, сообщило МВД."
    subject = claims(text)[0].subject
    assert subject.startswith("мигрантов") and "задержала" in subject


def test_english_sentences_are_left_to_the_english_components() -> None:
    found = claims("The ministry said on Friday that 3,200 people had been evacuated.")
    assert found[0].source == "ministry"
    assert dict(found[0].evidence)["source"].startswith("source.")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Доля мигрантов выросла до 15 процентов, говорится в докладе.", "докладе"),
        ("В Минобороны заявили, что контракт подписали 10 тысяч человек.", "Минобороны"),
    ],
)
def test_impersonal_and_locative_speakers(sentence: str, speaker: str) -> None:
    found = attribution(sentence)
    assert found is not None and found.speaker == speaker


def test_do_after_a_verb_of_change_is_the_new_level_not_a_bound() -> None:
    text = (
        "Власти увеличили выплату добровольцам до 1,5 млн рублей. Штраф составит до 5 тыс. рублей."
    )
    assert [c.qualifier for c in claims(text)] == ["exact", "up_to"]


def test_speaker_named_in_a_sentence_without_figures_resolves_a_later_pronoun() -> None:
    text = (
        "Глава организации Алексей Сергеев заявил, что проверки продолжатся. "
        "Он отметил, что число обращений выросло почти вдвое — до 12 тысяч в 2024 году."
    )
    found = claims(text)
    assert found[0].source == "Глава организации Алексей Сергеев"
    assert found[0].qualifier == "exact"
    assert "обращений" in found[0].subject


def test_a_figure_before_a_verb_is_no_speaker_and_times_leave_the_speaker() -> None:
    assert attribution("Около 2,5 млн из них указали целью поездки работу.") is None
    found = attribution("Как заявили в МВД во вторник, почти половина — граждане Узбекистана.")
    assert found is not None and found.speaker == "МВД"


def test_imperfective_reporting_verbs_passives_and_predicates() -> None:
    found = claims("Ранее МВД сообщало, что в 2023 году в России было выдано 2,2 млн патентов.")
    assert (found[0].source, found[0].subject) == ("МВД", "патентов было выдано в России")
    text = "Более 190 тыс. человек заключили контракты с начала года, сообщил Дмитрий Медведев."
    found = claims(text)
    assert found[0].subject == "человек заключили контракты"
    assert found[0].source == "Дмитрий Медведев"


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Довольствие составит от 210 тыс. рублей в месяц.", 210000, "at_least"),
        ("Выплаты составят от 100 до 200 тыс. рублей.", (100000, 200000), "range"),
        ("Число заключённых сократилось почти на 8%.", 8, "about"),
        ("Дефицит кадров уже превышает 2 млн человек.", 2000000, "more_than"),
        ("Переводы сократились на 11% за квартал, до $3,2 млрд.", 3.2e9, "exact"),
        ("Расходы могут составить до 0,3% ВВП.", 0.3, "up_to"),
    ],
)
def test_russian_bounds_and_decimal_commas(text: str, value: object, qualifier: str) -> None:
    last = claims(text)[-1]
    assert (last.value, last.qualifier) == (value, qualifier)


def test_share_of_them_takes_the_predicate_after_a_dash() -> None:
    text = "Как заявили в МВД, почти половина из них — граждане Узбекистана."
    assert claims(text)[0].subject == "доля из них граждане Узбекистана"
