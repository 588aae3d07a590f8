"""claimledger: a sourced, reviewable ledger of the quantitative claims in conflict reports."""

from __future__ import annotations

import logging

from claimledger.model import Claim, Document, Quantity, Sentence

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Claim", "Document", "Quantity", "Sentence"]
