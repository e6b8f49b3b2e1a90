"""导入旧文稿 page."""

from assistant.ui import import_view

import_view.show()
