"""我的词库 page."""

from assistant.ui import phrases_view

phrases_view.show()
