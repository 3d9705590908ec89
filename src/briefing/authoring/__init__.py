"""Qt-free drafting: a report's plain text to a first dataset that validates with no edits.

``draft_text`` reads the text into sections, paragraphs and figures (with their cards and
charts); ``write_draft`` writes the dataset folder whole or not at all, checked by the one
loader. What it could not read, or chose not to count as a figure, is listed for the author.
"""

from briefing.authoring.draft import Draft, DraftError, draft_text
from briefing.authoring.folder import NOTES_FILE, write_draft
from briefing.authoring.numbers import Skipped
from briefing.authoring.text import ArticleDecodeError, decode_article

__all__ = [
    "NOTES_FILE",
    "ArticleDecodeError",
    "Draft",
    "DraftError",
    "Skipped",
    "decode_article",
    "draft_text",
    "write_draft",
]
