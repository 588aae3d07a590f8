"""Full-text search: the query grammar, filters and snippets, the same on both databases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from storekit import Fig

from claimledger.model import Document
from claimledger.store import Ledger, fulltext
from claimledger.store.search import filter_tags, tsvector_literal

REPORTS = {
    "north": (
        "North Monitor",
        date(2025, 2, 10),
        "Officials registered 4,000 deportees in Kharkiv. "
        "Forced recruitment of migrants continued near the border. "
        "Each recruit was promised 200,000 rubles.",
        [
            Fig("4,000", 4000, source="Officials"),
            Fig("200,000 rubles", 200000, kind="money", unit="RUB", source="Recruiters"),
        ],
    ),
    "south": (
        "South Herald",
        date(2025, 5, 2),
        "Volunteers said 1,200 deportees returned to Kherson. "
        "Recruitment offices in Rostov stayed open. "
        "Беженцы из Курска получили 15 000 рублей.",
        [
            Fig("1,200", 1200, source="Volunteers"),
            Fig("15 000 рублей", 15000, kind="money", unit="RUB", source="Министерство"),
        ],
    ),
    "east": (
        "North Monitor",
        date(2024, 11, 30),
        "About 12.5% of residents left after the COVID-19 wave. "
        "The café owners in Mariupol stayed.",
        [Fig("About 12.5%", 12.5, kind="percent", unit="percent", qualifier="about")],
    ),
}


@pytest.fixture()
def corpus(ledger: Ledger, save, make_doc: Callable[..., Document]) -> Ledger:
    for doc_id, (publisher, published, text, figs) in REPORTS.items():
        save(make_doc(text, id=doc_id, publisher=publisher, published=published), figs)
    return ledger


def hits(ledger: Ledger, query: str, **filters: object) -> list[tuple[str, int]]:
    return sorted((h.doc_id, h.sentence_index) for h in ledger.search(query, **filters))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("deportees", [("north", 0), ("south", 0)]),
        ("deportees Kharkiv", [("north", 0)]),
        ("DEPORTEES kharkiv", [("north", 0)]),
        ('"forced recruitment"', [("north", 1)]),
        ('"recruitment forced"', []),
        ("recruit*", [("north", 1), ("north", 2), ("south", 1)]),
        ("Kharkiv OR Kherson", [("north", 0), ("south", 0)]),
        ("deportees -Kharkiv", [("south", 0)]),
        ('recruit* -"forced recruitment"', [("north", 2), ("south", 1)]),
        ("12.5", [("east", 0)]),
        ("COVID-19", [("east", 0)]),
        ("4,000", [("north", 0)]),
        ("беженцы", [("south", 2)]),
        ("рубл*", [("south", 2)]),
        ("cafe", [("east", 1)]),
        ("café", [("east", 1)]),
    ],
)
def test_query_grammar(corpus: Ledger, query: str, expected: list[tuple[str, int]]) -> None:
    assert hits(corpus, query) == expected


@pytest.mark.parametrize(
    "query",
    [
        '"unclosed phrase',
        "-",
        "*",
        "OR",
        "OR OR deportees OR",
        "NEAR(a b)",
        "a:b",
        "^x",
        "'",
        '"" ""',
        "(",
        "a AND",
    ],
)
def test_odd_queries_never_raise(corpus: Ledger, query: str) -> None:
    assert isinstance(corpus.search(query), list)


def test_empty_and_exclusion_only_queries_find_nothing(corpus: Ledger) -> None:
    assert corpus.search("") == []
    assert corpus.search("   ") == []
    assert corpus.search("-Kharkiv") == []


def test_filters(corpus: Ledger) -> None:
    assert hits(corpus, "deportees", publisher="north monitor") == [("north", 0)]
    assert hits(corpus, "deportees OR residents", since=date(2025, 1, 1)) == [
        ("north", 0),
        ("south", 0),
    ]
    assert hits(corpus, "deportees OR residents", until=date(2025, 3, 1)) == [
        ("east", 0),
        ("north", 0),
    ]
    assert hits(corpus, "deportees", source="volunteer") == [("south", 0)]
    assert hits(corpus, "recruit*", kind="money") == [("north", 2)]
    assert hits(corpus, "беженцы", source="МИНИСТЕРСТВО") == [("south", 2)]
    assert hits(corpus, "recruit*", kind="percent") == []


def test_publisher_and_kind_filters_together(corpus: Ledger) -> None:
    assert hits(corpus, "deportees OR recruit*", publisher="North Monitor", kind="money") == [
        ("north", 2)
    ]
    assert hits(corpus, "deportees OR residents", publisher="  NORTH monitor ", kind="count") == [
        ("north", 0)
    ]
    assert hits(corpus, "residents", publisher="north monitor", kind="percent") == [("east", 0)]
    assert hits(corpus, "residents", publisher="south herald", kind="percent") == []
    assert hits(corpus, "deportees", publisher="Nobody") == []


def test_kind_and_source_must_be_the_same_claims(corpus: Ledger) -> None:
    assert hits(corpus, "recruit*", kind="money", source="recruiters") == [("north", 2)]
    assert hits(corpus, "recruit*", kind="count", source="recruiters") == []
    assert hits(corpus, "deportees", kind="money", source="officials") == []


@pytest.mark.parametrize("query", ["p1", "p2", "k636f756e74", "k636f756e74*", "p1*"])
def test_words_never_match_the_filter_tags(corpus: Ledger, query: str) -> None:
    # p1 is the first publisher's tag, k636f756e74 the kind "count"'s (search.filter_tags)
    assert [h.sentence for h in corpus.search(query)] == []


def test_filter_tags_are_publisher_then_sorted_kinds() -> None:
    assert filter_tags(12, ["percent", "count", "percent"]) == "p12 k636f756e74 k70657263656e74"
    assert filter_tags(None, []) == ""
    assert tsvector_literal("Some 70", "p3") == "'some':1 '70':2 '#p3'"


def test_snippets_mark_the_matched_words(corpus: Ledger) -> None:
    [hit] = corpus.search('"forced recruitment" migrants')
    assert hit.snippet == "[Forced recruitment] of [migrants] continued near the border."
    [hit] = corpus.search("12.5 covid")
    assert hit.snippet == "About [12.5]% of residents left after the [COVID]-19 wave."
    [hit] = corpus.search("deport* kharkiv", marks=("<b>", "</b>"))
    assert hit.snippet == "Officials registered 4,000 <b>deportees</b> in <b>Kharkiv</b>."
    assert (hit.title, hit.publisher, hit.published) == (
        "A report",
        "North Monitor",
        date(2025, 2, 10),
    )
    assert hit.sentence == REPORTS["north"][2][: hit.end - hit.start]


def test_long_sentences_are_cut_around_the_match(ledger: Ledger, save, make_doc) -> None:
    words = " ".join(f"word{i}" for i in range(120))
    save(make_doc(f"{words} needle {words}.", id="long"))
    [hit] = ledger.search("needle")
    assert "[needle]" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) < 300


def test_limit_and_order(corpus: Ledger, save, make_doc) -> None:
    assert len(corpus.search("deportees OR recruitment OR residents", limit=2)) == 2
    # the sentence with both words ranks above the one with one
    assert [h.doc_id for h in corpus.search("deportees OR Kharkiv")] == ["north", "south"]
    sentence = "Convoys of deportees were seen."
    save(make_doc(sentence, id="older", published=date(2023, 1, 1)))
    save(make_doc(sentence + " ", id="newer", published=date(2023, 6, 1)))
    # equal matches: the newer report first
    assert [h.doc_id for h in corpus.search("convoys")] == ["newer", "older"]


def test_duplicates_are_left_out_of_search(corpus: Ledger, save, make_doc) -> None:
    text = REPORTS["north"][2] + " Subscribe for more."
    save(make_doc(text, id="north-repost"), duplicate_of="north")
    assert hits(corpus, "Kharkiv") == [("north", 0)]
    assert hits(corpus, "Kharkiv", include_duplicates=True) == [("north", 0), ("north-repost", 0)]


@pytest.mark.parametrize("window", [1, 2, 10**9])
def test_the_newest_matches_whatever_the_recent_window(
    corpus: Ledger, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    """PostgreSQL looks among the newest ``RECENT_SENTENCES`` first, then through the index;
    either way the candidates are the newest matches (SQLite has no window: same answer)."""
    monkeypatch.setattr(fulltext, "CANDIDATES", 2)
    monkeypatch.setattr(fulltext, "RECENT_SENTENCES", window)
    # five sentences match; the newest two are east's first and south's second
    assert hits(corpus, "deportees OR recruitment OR residents") == [("east", 0), ("south", 1)]
