"""How many claims a database says have more independent sources than they have distinct origins.

    python benchmarks/overstated_sources.py LINKED_DB [--counts OTHER_DB]

The distinct origins of a claim are the origin keys (wire stories and copy groups, see
factcheck.link.sources) among the claim and its ``same`` links in LINKED_DB. The counts
compared are LINKED_DB's own ``claim.independent_sources``, or with ``--counts`` those
stored in OTHER_DB (an older database of the same articles, read with sqlite3 so it is not
migrated). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlmodel import Session  # noqa: E402

from factcheck.db import make_engine  # noqa: E402
from factcheck.link.corroboration import corroboration  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--counts", help="read the stored counts from this SQLite file instead")
    args = parser.parse_args()
    engine = make_engine(args.db)
    with sqlite3.connect(args.counts or args.db) as conn:
        stored = dict(conn.execute("SELECT id, independent_sources FROM claim"))
    with Session(engine) as session:
        ids = sorted(stored)
        found = corroboration(session, ids)
    over = {claim_id: stored[claim_id] - support.origins for claim_id, support in found.items()
            if stored[claim_id] > support.origins}
    print(json.dumps({"claims": len(stored), "overstated": len(over), "excess": sum(over.values()),
                      "largest_excess": max(over.values(), default=0)}))


if __name__ == "__main__":
    main()
