"""我的草稿 page."""

from assistant.ui import drafts_view

drafts_view.show()
