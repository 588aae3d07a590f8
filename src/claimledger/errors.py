"""Errors that claimledger reports to users.

Every error carries a stable code and, where there is one, the file it concerns, so that
the CLI can print one clear line (``CODE path: message``) instead of a traceback.

    ClaimledgerError (CL100)
    ├── InputError (CL101)          a file or URL cannot be read as a report
    │   ├── MissingInputError (CL102)
    │   ├── BinaryInputError (CL103)
    │   ├── EncodingError (CL104)
    │   ├── EmptyInputError (CL105)
    │   ├── TooLargeError (CL106)
    │   ├── UnsupportedInputError (CL107)
    │   └── FrontMatterError (CL110)    the front-matter block is malformed
    ├── StoreError (CL200)          the ledger cannot be opened or written
    │   └── NotFoundError (CL201)
    └── ConfigError (CL300)         a setting has an invalid value
"""

from __future__ import annotations


class ClaimledgerError(Exception):
    code = "CL100"

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(ClaimledgerError):
    code = "CL101"


class MissingInputError(InputError):
    code = "CL102"


class BinaryInputError(InputError):
    code = "CL103"


class EncodingError(InputError):
    code = "CL104"


class EmptyInputError(InputError):
    code = "CL105"


class TooLargeError(InputError):
    code = "CL106"


class UnsupportedInputError(InputError):
    code = "CL107"


class FrontMatterError(InputError):
    code = "CL110"


class StoreError(ClaimledgerError):
    code = "CL200"


class NotFoundError(StoreError):
    code = "CL201"


class ConfigError(ClaimledgerError):
    code = "CL300"
