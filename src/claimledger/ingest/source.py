"""Load the bytes of a local file and decode them, turning every problem into an InputError."""

from __future__ import annotations

import codecs
import os
import stat

from claimledger.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    MissingInputError,
    TooLargeError,
)

# Only the head is searched for NUL bytes: a text file has none anywhere, and a binary file
# almost always has some in its first kilobytes, so the whole file need not be scanned twice.
_SNIFF_BYTES = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def load_bytes(path: str, max_bytes: int) -> bytes:
    """The content of ``path``, checked for existence, kind and size before it is read."""
    if not os.path.lexists(path):
        raise MissingInputError("no such file", path=path)
    if os.path.isdir(path):
        raise InputError("is a directory, not a file (pass folders to discover())", path=path)
    size = _regular_file_size(path)
    if size > max_bytes:
        raise TooLargeError(f"file is {_mb(size)}, more than the limit of {_mb(max_bytes)}", path)
    try:
        with open(path, "rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as error:
        raise InputError(f"cannot read file: {error.strerror or error}", path=path) from error


def _regular_file_size(path: str) -> int:
    try:
        status = os.stat(path)
    except OSError as error:
        raise MissingInputError(f"cannot open file: {error.strerror or error}", path) from error
    # A FIFO or device would block or never end; only regular files are reports.
    if not stat.S_ISREG(status.st_mode):
        raise InputError("not a regular file (a device, pipe or socket)", path=path)
    return status.st_size


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_not_binary(data: bytes, path: str) -> None:
    if data.startswith(_UTF16_BOMS):
        raise EncodingError("file is UTF-16 encoded; save it as UTF-8", path=path)
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise BinaryInputError("binary file (contains NUL bytes), not a text report", path=path)


def decode_utf8(data: bytes, path: str) -> str:
    """Decode strictly as UTF-8. A leading BOM is dropped (utf-8-sig semantics).

    Dropping the BOM keeps the promise that offsets are character offsets into
    ``Document.text``: the BOM is an encoding mark, not a character of the report, so the
    first character of ``text`` is the first character a reader sees.
    """
    check_not_binary(data, path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise EncodingError(_describe(error, data), path=path) from error


def _describe(error: UnicodeDecodeError, data: bytes) -> str:
    offset = error.start
    line = data.count(b"\n", 0, offset) + 1
    bad = data[offset : offset + 1].hex()
    return f"not valid UTF-8: byte 0x{bad} at byte offset {offset} (line {line})"


def require_content(text: str, path: str, what: str = "file") -> None:
    if not text.strip():
        raise EmptyInputError(f"{what} is empty", path=path)
