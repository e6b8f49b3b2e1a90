"""起草 page."""

from assistant.ui import draft_page

draft_page.show()
