"""Exact and near-duplicate detection for documents.

Exact duplicates share a content hash: SHA-256 of the text with case, Unicode forms and
whitespace normalised, so a file saved again with other line endings is still the same file.

Near duplicates (the same report re-posted with another headline, a syndication line or
different boilerplate) are found with MinHash over word shingles and LSH banding: the
ledger stores each document's band keys, looks up the documents that share at least one key,
and only those candidates are compared with ``similarity``. Hashes are computed once per
shingle (CRC-32) and then permuted with universal hashing ``(a*h + b) mod p`` in NumPy.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt

# 128 permutations give a standard error of about 0.04 on the Jaccard estimate.
NUM_PERM = 128
# 32 bands of 4 rows: a pair at Jaccard 0.6 becomes a candidate with p > 0.99, a pair at 0.2
# with p ~ 0.05, so few unrelated documents reach the exact comparison.
BANDS = 32
ROWS = NUM_PERM // BANDS
# Calibrated on re-posts that add a headline, a by-line and a syndication footer to a
# 300-word report (Jaccard 0.65-0.85) against different reports on the same topic and from
# the same templates (below 0.25); see tests/analyze/test_dedupe.py.
NEAR_DUPLICATE_THRESHOLD = 0.5
SHINGLE_WORDS = 5

# A Mersenne prime above every 31-bit hash: (a*h + b) stays below 2**63, so uint64 never wraps.
_PRIME = (1 << 31) - 1
_MAX_HASH = np.uint64(_PRIME)
_SEED = 20240611
_WORD = re.compile(r"\w+", re.UNICODE)

Signature = tuple[int, ...]


def normalise(text: str) -> str:
    """Text as compared: NFKC, case-folded, one space between words."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text: equal for byte-for-byte re-ingests."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Overlapping runs of ``size`` words; a text shorter than that is one shingle."""
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


@lru_cache(maxsize=1)
def _permutations() -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    # Fixed seed: signatures must be comparable across processes and releases.
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, _PRIME, size=NUM_PERM, dtype=np.uint64)
    b = rng.integers(0, _PRIME, size=NUM_PERM, dtype=np.uint64)
    return a, b


def _shingle_hashes(items: set[str]) -> npt.NDArray[np.uint64]:
    # CRC-32 is enough as the base hash (the permutations supply the independence) and is
    # five times faster than BLAKE2b here; it is stable across processes, unlike hash().
    values = [zlib.crc32(s.encode("utf-8")) for s in items]
    return np.array(values, dtype=np.uint64) % _MAX_HASH


def signature(text: str) -> Signature:
    """The MinHash signature (``NUM_PERM`` ints) of the text's word shingles.

    An empty text gets the all-max signature, which is similar only to other empty texts.
    """
    items = shingles(text)
    if not items:
        return (_PRIME,) * NUM_PERM
    a, b = _permutations()
    hashes = _shingle_hashes(items)
    permuted = (np.outer(hashes, a) + b) % _MAX_HASH
    return tuple(permuted.min(axis=0).tolist())


def band_keys(sig: Sequence[int]) -> list[str]:
    """One key per LSH band: ``"band:hash"``; documents sharing a key are candidates."""
    keys = []
    for band in range(len(sig) // ROWS):
        rows = sig[band * ROWS : (band + 1) * ROWS]
        digest = hashlib.blake2b(repr(tuple(rows)).encode("ascii"), digest_size=8).hexdigest()
        keys.append(f"{band:02d}:{digest}")
    return keys


def similarity(sig_a: Sequence[int], sig_b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the two shingle sets (share of equal positions)."""
    if len(sig_a) != len(sig_b) or not sig_a:
        return 0.0
    return sum(1 for x, y in zip(sig_a, sig_b, strict=True) if x == y) / len(sig_a)


def is_near_duplicate(
    sig_a: Sequence[int], sig_b: Sequence[int], threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> bool:
    return similarity(sig_a, sig_b) >= threshold


def best_match(
    sig: Sequence[int],
    candidates: Sequence[tuple[str, Sequence[int]]],
    threshold: float = NEAR_DUPLICATE_THRESHOLD,
) -> str | None:
    """The id of the most similar candidate at or above ``threshold``, if any."""
    scored = [(similarity(sig, other), doc_id) for doc_id, other in candidates]
    scored = [(score, doc_id) for score, doc_id in scored if score >= threshold]
    return max(scored)[1] if scored else None


def encode_signature(sig: Sequence[int]) -> str:
    """A compact text form for storage (hex, 8 chars per value)."""
    return "".join(f"{v:08x}" for v in sig)


def decode_signature(text: str) -> Signature:
    return tuple(int(text[i : i + 8], 16) for i in range(0, len(text), 8))
