"""A separate process that writes to the store, for the concurrency and crash tests."""

from __future__ import annotations

import sys

from assistant.state import DraftState
from assistant.store import Database, PersonalPhrases, SqlDraftStore


def edit(db: Database, name: str, count: int) -> str:
    """Save a draft `count` times, and add phrases to and count uses in the shared team pack; return its id."""
    drafts, team = SqlDraftStore(db, name), PersonalPhrases(db, "team")
    state = DraftState("party_summary", 2026, name, ["political"])
    draft_id = drafts.create(state, name)
    for n in range(count):
        state.answers["次数"] = n
        drafts.save(draft_id, state, name)
        team.add({"text": f"{name}写的第{n}条短语。", "function": "措施", "topic": "组织建设",
                  "genre": "party_summary"})
        team.record_use("shared.phrase")
    return draft_id


def work(url: str, name: str, count: int) -> None:
    """Run `edit` in this process and print the draft id."""
    print(edit(Database(url), name, count), flush=True)


def forever(url: str) -> None:
    """Save one draft again and again, printing each number once its save has returned."""
    drafts = SqlDraftStore(Database(url), "local")
    state = DraftState("party_summary", 2026, "崩溃测试", ["political"])
    draft_id = drafts.create(state, "崩溃测试")
    print(draft_id, flush=True)
    n = 0
    while True:
        n += 1
        state.answers["次数"] = n
        drafts.save(draft_id, state, "崩溃测试")
        print(n, flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "work":
        work(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        forever(sys.argv[2])
