"""Ingestion: turn files, folders, HTML pages, PDFs and RSS/Atom feeds into Documents.

    for target in discover(["reports/", "page.html"]):
        docs = read(target, settings)  # a feed gives one Document per entry

What each reader promises:

- Text and Markdown: ``text`` is the whole file decoded as UTF-8, front matter included, with
  nothing stripped or normalised (CRLF kept); ``body_start`` is where the body begins. A UTF-8
  BOM is dropped, because offsets count characters of ``text`` and the BOM is not one.
- HTML: ``text`` is the main text found by trafilatura, blocks separated by a blank line.
- PDF: pages joined by ``"\\n\\f\\n"``; ``Document.pages`` gives where each page starts.
- Feeds: entry HTML converted to paragraphs; ids are slugs of the entry link (or guid).
- ``id`` is the file name without its extension, or a slug of the URL.
- ``published=`` overrides a single report's date and fills in feed entries without one.

Bad input raises an ``errors.InputError`` subclass (or ``FrontMatterError``) naming the file.
URLs are fetched only when ``settings.online`` is true, through :func:`fetch`.
"""

from claimledger.ingest.discover import SUPPORTED_EXTENSIONS, discover
from claimledger.ingest.dispatch import read
from claimledger.ingest.fetch import FetchResult, fetch

__all__ = ["SUPPORTED_EXTENSIONS", "FetchResult", "discover", "fetch", "read"]
