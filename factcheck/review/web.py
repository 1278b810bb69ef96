"""One browser session's review app (started by ``factcheck serve``): ``python -m factcheck.review.web [REVIEWER]``.

The database is ``$FACTCHECK_DB``, which the server sets; without a reviewer the app asks for a name.
"""

from __future__ import annotations

import sys

from factcheck.db import make_engine
from factcheck.review.app import ReviewApp


def main(argv: list[str]) -> None:
    """Run the review app on the server's database as ``argv[0]`` (or ask who is reviewing)."""
    reviewer = argv[0] if argv else ""
    ReviewApp(make_engine(create=False), reviewer=reviewer, ask_reviewer=not reviewer).run()


if __name__ == "__main__":
    main(sys.argv[1:])
