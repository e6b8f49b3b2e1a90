"""校对 page."""

from assistant.ui import check_view

check_view.show()
