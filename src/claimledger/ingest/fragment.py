"""Small HTML fragments (feed entries) to plain text: one paragraph per block element.

trafilatura is made for whole pages and drops short fragments, so entries get this simpler
conversion instead.
"""

from __future__ import annotations

import re
from typing import Any

# Elements whose text starts a new paragraph.
BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"}
    | {"blockquote", "section", "article", "pre", "figure", "figcaption", "dd", "dt", "hr"}
)
# Elements dropped with their content: code, and widgets that feeds copy from the page.
DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "button")
DROP_CLASSES = re.compile(r"share|social|related|advert|newsletter", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")
# lxml refuses to set text holding control characters that XML does not allow.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def fragment_to_text(markup: str) -> str:
    """Paragraphs separated by one blank line; whitespace inside a paragraph collapsed."""
    markup = _CONTROL.sub(" ", markup)
    if "<" not in markup:
        return _paragraphs(markup.replace("\r", "").split("\n\n"))
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _paragraphs(_TAG.sub(" ", markup).split("\n\n"))
    _drop_widgets(root)
    _mark_blocks(root)
    return _paragraphs(root.text_content().split("\n"))


def _drop_widgets(root: Any) -> None:
    doomed = [el for el in root.iter(*DROP_TAGS)]
    doomed += [el for el in root.iter() if DROP_CLASSES.search(_class_of(el))]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _class_of(element: Any) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _mark_blocks(root: Any) -> None:
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
        element.text = "\n" + (element.text or "")


def _paragraphs(chunks: list[str]) -> str:
    kept = [_SPACES.sub(" ", chunk).strip() for chunk in chunks]
    text = "\n\n".join(chunk for chunk in kept if chunk)
    return text + "\n" if text else ""
