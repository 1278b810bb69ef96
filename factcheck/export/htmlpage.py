"""The citations report as one self-contained, print-friendly HTML page (inline CSS, no scripts, no external resources).

Every string from the database is stripped of control characters and escaped with
``html.escape``; only web URLs (:func:`~factcheck.export.text.web_url`) become links.
"""

from __future__ import annotations

from html import escape

from factcheck.export.groups import VERDICT_LABELS, ClaimGroup, difference_words
from factcheck.export.report import SELECTION, Report, claim_detail, coverage, source_label, speaker_line
from factcheck.wording import count
from factcheck.export.text import display, web_url

CSS = """
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #111; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; }
h2 { font-size: 1.15rem; margin: 0 0 .4rem; }
h3 { font-size: .95rem; margin: .8rem 0 .3rem; text-transform: uppercase; letter-spacing: .04em; color: #444; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; font-size: .9rem; color: #333; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
section.group { border-top: 2px solid #222; padding: .8rem 0 .4rem; break-inside: avoid-page; }
.verdict { display: inline-block; font: bold .8rem/1.4 sans-serif; padding: 0 .4rem; border: 1px solid; border-radius: 3px; }
.v-false, .v-conflicting { color: #9b1111; } .v-disputed { color: #8a5a00; } .v-verified { color: #1d6b1d; }
.v-checkworthy, .v-unreviewed, .v-dismissed { color: #555; }
p { margin: .2rem 0; }
ol.sources { padding-left: 1.4rem; }
ul.citations { list-style: none; padding-left: 0; }
ul.citations li { margin: .3rem 0 .6rem; }
.where, .detail { font-size: .85rem; color: #333; overflow-wrap: anywhere; }
blockquote { margin: .2rem 0 0 .8rem; padding-left: .6rem; border-left: 3px solid #bbb; font-style: italic; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } a { color: inherit; } section.group { break-inside: avoid; } }
""".strip()
CSP = "default-src 'none'; style-src 'unsafe-inline'"


def h(value: str | None) -> str:
    """``value`` as HTML text: no control characters, whitespace collapsed, escaped."""
    return escape(display(value))


def _link(url: str | None) -> str:
    href = web_url(url)
    if href:
        return f'<a href="{escape(href)}" rel="noopener noreferrer">{h(href)}</a>'
    return h(url)


def _group(number: int, group: ClaimGroup) -> list[str]:
    claim = group.claim
    verdict = VERDICT_LABELS[group.verdict]
    if group.verdict == "conflicting":
        verdict += " (" + ", ".join(VERDICT_LABELS[v] for v in group.verdicts) + ")"
    out = [
        f'<section class="group" id="{h(group.key)}">',
        f'<h2>{number}. <q>{h(claim.assertion)}</q></h2>',
        f'<p><span class="verdict v-{h(group.verdict)}">{h(verdict)}</span> '
        f'{h(speaker_line(claim.speaker, claim.speaker_text, claim.speaker_role))}</p>',
    ]
    if group.notes:
        out += [f'<p class="note">Note (claim {claim_id}): {h(note)}</p>' for claim_id, note in group.notes]
    else:
        out.append('<p class="note">Note: —</p>')
    out += [f"<h3>Reported by · {count(group.independent_sources, 'independent source')}</h3>", '<ol class="sources">']
    for source in group.sources:
        out += [f"<li><p>{h(source_label(source))}</p>", '<ul class="citations">']
        for c in source.citations:
            where = [f"<cite>{h(c.article_title) or 'Untitled'}</cite>", h(c.outlet) or "unknown outlet"]
            where.append(c.published.isoformat() if c.published else "undated")
            where.append(_link(c.article_source))
            if c.article_url:
                where.append(_link(c.article_url))
            detail = h(claim_detail(c.id, c.kind, c.verb, c.speaker_text))
            if c.status != claim.status:
                detail += f" · status: {h(VERDICT_LABELS.get(c.status, c.status))}"
            out += [
                f'<li><p class="where">{" · ".join(where)}</p>',
                f'<p class="detail">{detail}</p>',
                f"<blockquote>{h(c.sentence or c.assertion)}</blockquote></li>",
            ]
        out += ["</ul></li>"]
    out += ["</ol>"]
    if group.variants:
        out += ["<h3>Reported differently</h3>", '<ul class="variants">']
        for member, link in group.variants:
            changes = "; ".join(f"{h(kind)}: {h(this)} → <mark>{h(other)}</mark>"
                                for kind, this, other in difference_words(link.differences))
            out.append(f"<li>claim {link.claim_id} · {h(link.outlet) or 'unknown outlet'} "
                       f"(against claim {member}): {changes}</li>")
        out += ["</ul>"]
    out += ["</section>"]
    return out


def render_html(report: Report) -> str:
    """The citations report as one HTML document."""
    verdicts = " · ".join(f"{h(label)} {n}" for label, n in report.verdicts) or "—"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Citations report</title>",
        f"<style>\n{CSS}\n</style>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>Citations report</h1>",
        '<dl class="meta">',
        f"<dt>Made</dt><dd>{report.made}</dd>",
        f"<dt>Database</dt><dd>{h(report.database)}</dd>",
        f"<dt>Filters</dt><dd>{h(report.filters)} ({SELECTION})</dd>",
        f"<dt>Covers</dt><dd>{coverage(report)}</dd>",
        f"<dt>Verdicts</dt><dd>{verdicts}</dd>",
        "</dl>",
        "</header>",
        "<main>",
    ]
    for number, group in enumerate(report.groups, 1):
        out += _group(number, group)
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
