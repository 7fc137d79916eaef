"""Text for Streamlit Markdown."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$])")


def escape_markdown(text: str) -> str:
    """Text shown literally in st.markdown/st.error, whatever characters it has."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
