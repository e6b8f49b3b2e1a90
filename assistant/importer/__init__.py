"""Import past documents into the personal pack: candidates to review, then accept."""

from .pipeline import (
                       MAX_BYTES,
                       SUFFIXES,
                       Candidate,
                       ImportRefused,
                       ImportResult,
                       accept,
                       analyse,
                       check_upload,
                       guess_genre,
)

__all__ = ["MAX_BYTES", "SUFFIXES", "Candidate", "ImportRefused", "ImportResult", "accept", "analyse",
           "check_upload", "guess_genre"]
