"""Claim groups and independent-source counts in Spark: :func:`factcheck.link.linker.update_groups`'s results.

Groups are connected components of the ``same`` links scoring at least the threshold (and
manual links), found by min-label propagation over DataFrames. Source counts follow
:mod:`factcheck.link.sources`: linked article pairs are tested for copies with its
shingles, copy components give each involved article its origin, and each linked claim's
neighbourhood (the claim and the claims it is linked to, in link order) is counted by
``source_keys`` and ``count_origins`` inside the executors. Only changed claims are written.
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
from sqlalchemy.engine import Engine

from factcheck.link.sources import REPORT_SELECT, Origin, Report, count_origins, is_copy, shingles, source_keys

_REPORTS = REPORT_SELECT + "WHERE claim.id >= :lo AND claim.id < :hi"
_LINKS = ("SELECT claim_a, claim_b, score, method FROM claim_link "
          "WHERE relation = 'same' AND claim_a >= :lo AND claim_a < :hi")
_ARTICLES = ("SELECT article.id, outlet.name, article.text FROM article "
             "LEFT JOIN outlet ON outlet.id = article.outlet_id WHERE article.id >= :lo AND article.id < :hi")
_WIRES = ("SELECT article_wire.article_id, outlet.name FROM article_wire JOIN outlet ON outlet.id = article_wire.outlet_id "
          "WHERE article_wire.article_id >= :lo AND article_wire.article_id < :hi")
_NO_OUTLET = "\0"  # stands for a missing outlet where Spark would drop nulls (outlet names hold no NUL)
UPDATE = "UPDATE claim SET group_id = :group, independent_sources = :sources WHERE id = :id"


def components(vertices, edges):  # noqa: ANN001, ANN201 (pyspark types are optional)
    """(id, label): each vertex of ``vertices`` (column ``id``) labelled by the smallest id of its component.

    ``edges`` has columns ``a`` and ``b``. Each round every vertex takes the smallest label among
    itself and its neighbours; it stops when no label changes (rounds: the longest shortest path).
    """
    from pyspark.sql import functions as F

    both = edges.select("a", "b").unionByName(edges.select(F.col("b").alias("a"), F.col("a").alias("b"))).persist()
    labels = vertices.select("id", F.col("id").alias("label")).localCheckpoint()
    while True:
        offered = both.join(labels.withColumnRenamed("id", "a"), "a").select(F.col("b").alias("id"), "label")
        updated = (labels.unionByName(offered).groupBy("id").agg(F.min("label").alias("label"))
                   .join(vertices.select("id"), "id").localCheckpoint())
        changed = updated.join(labels.withColumnRenamed("label", "old"), "id").where("label != old").count()
        labels = updated
        if not changed:
            both.unpersist()
            return labels


def copies(frame: pd.DataFrame) -> pd.DataFrame:
    """The article pairs (``x, y`` with texts ``text_x, text_y``) that are copies (:func:`is_copy`)."""
    keep = [is_copy(shingles(a), shingles(b)) for a, b in zip(frame["text_x"], frame["text_y"])]
    return frame.loc[keep, ["x", "y"]]


def copy_batches(frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """:func:`copies` over ``mapInPandas`` batches."""
    for frame in frames:
        found = copies(frame)
        if len(found):
            yield found


def _count(rows: pd.DataFrame) -> int:
    """Independent sources of one neighbourhood: its members' article, speaker, statement and origin, in order."""
    origins = {article: Origin(int(root), tuple(sorted(wires, key=str.casefold)),
                               None if outlet == _NO_OUTLET else outlet, int(outlets))
               for article, root, wires, outlet, outlets in zip(rows["article"], rows["root"], rows["wires"],
                                                                rows["outlet"], rows["outlets"])
               if not pd.isna(root)}
    keys = source_keys(origins, origins.keys())
    return count_origins(Report(keys.get(a, f"article:{a}"), s, t)
                         for a, s, t in zip(rows["article"], rows["speaker"], rows["statement"]))


def count_batches(frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """Source counts of neighbourhoods whose rows arrive sorted by claim (a claim may span two batches)."""
    carry: pd.DataFrame | None = None
    for frame in frames:
        if carry is not None:
            frame = pd.concat([carry, frame], ignore_index=True)
        last = frame["claim"].iloc[-1]
        carry = frame[frame["claim"] == last]
        done = frame[frame["claim"] != last]
        if len(done):
            yield _counted(done)
    if carry is not None and len(carry):
        yield _counted(carry)


def _counted(frame: pd.DataFrame) -> pd.DataFrame:
    claims, counts = [], []
    for claim, rows in frame.groupby("claim", sort=False):
        claims.append(claim)
        counts.append(_count(rows))
    return pd.DataFrame({"claim": claims, "sources": counts})


def update_groups_spark(spark, url: str, engine: Engine, threshold: float) -> tuple[int, int]:  # noqa: ANN001
    """Recompute ``claim.group_id`` and ``claim.independent_sources`` from the stored links; (groups, largest)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from factcheck.spark.link import read_ranges, write

    reports = read_ranges(spark, url, engine, "claim", _REPORTS,
                          "id long, article long, speaker string, statement string, old_group long, old_sources long, "
                          "speaker_id long")
    if reports is None:
        return 0, 0
    reports = reports.drop("speaker_id").persist(StorageLevel.MEMORY_AND_DISK)
    edges = read_ranges(spark, url, engine, "claim", _LINKS, "a long, b long, score double, method string")
    edges = edges.persist(StorageLevel.MEMORY_AND_DISK)
    joined = edges.where((F.col("score") >= threshold) | (F.col("method") == "manual"))
    labels = components(reports.select("id"), joined)

    article_of = reports.select("id", "article")
    pairs = (edges.join(article_of.select(F.col("id").alias("a"), F.col("article").alias("x")), "a")
             .join(article_of.select(F.col("id").alias("b"), F.col("article").alias("y")), "b")
             .select("x", "y").distinct().persist())
    involved = pairs.select(F.col("x").alias("id")).unionByName(pairs.select(F.col("y").alias("id"))).distinct()
    articles = read_ranges(spark, url, engine, "article", _ARTICLES, "id long, outlet string, text string")
    wires = read_ranges(spark, url, engine, "article", _WIRES, "id long, wire string")
    texts = articles.join(involved, "id").persist(StorageLevel.MEMORY_AND_DISK)
    distinct_pairs = (pairs.where("x != y").select(F.least("x", "y").alias("x"), F.greatest("x", "y").alias("y"))
                      .distinct())
    candidates = (distinct_pairs.join(texts.select(F.col("id").alias("x"), F.col("text").alias("text_x")), "x")
                  .join(texts.select(F.col("id").alias("y"), F.col("text").alias("text_y")), "y"))
    copy_edges = candidates.mapInPandas(copy_batches, "x long, y long").select(F.col("x").alias("a"), F.col("y").alias("b"))
    roots = components(involved, copy_edges).withColumnRenamed("label", "root")
    info = texts.select("id", F.coalesce("outlet", F.lit(_NO_OUTLET)).alias("outlet")).join(roots, "id")
    wired = info.join(wires, "id", "left")
    per_root = wired.groupBy("root").agg(F.collect_set("wire").alias("wires"),
                                         F.countDistinct("outlet").alias("outlets"))
    origins = info.join(per_root, "root").withColumnRenamed("id", "article")

    # neighbours in the order links are stored: manual ones first, then by claim pair
    ranked = edges.select("a", "b", (F.col("method") != "manual").cast("int").alias("auto"))
    members = (ranked.select(F.col("a").alias("claim"), F.col("b").alias("member"), "auto", "a", "b")
               .unionByName(ranked.select(F.col("b").alias("claim"), F.col("a").alias("member"), "auto", "a", "b")))
    selves = members.select("claim").distinct().select(
        "claim", F.col("claim").alias("member"), F.lit(-1).alias("auto"), F.lit(-1).cast("long").alias("a"),
        F.lit(-1).cast("long").alias("b"))
    neighbourhoods = (members.unionByName(selves)
                      .join(reports.select(F.col("id").alias("member"), "article", "speaker", "statement"), "member")
                      .join(origins, "article", "left")
                      .repartition("claim").sortWithinPartitions("claim", "auto", "a", "b")
                      .select("claim", "article", "speaker", "statement", "root", "wires", "outlet", "outlets"))
    counts = neighbourhoods.mapInPandas(count_batches, "claim long, sources long")
    result = (reports.join(labels.withColumnRenamed("label", "group"), "id")
              .join(counts.withColumnRenamed("claim", "id"), "id", "left")
              .select("id", "group", F.coalesce("sources", F.lit(1)).alias("sources"), "old_group", "old_sources")
              .persist(StorageLevel.MEMORY_AND_DISK))
    changed = result.where(~F.col("group").eqNullSafe(F.col("old_group")) | (F.col("sources") != F.col("old_sources")))
    write(changed.select("id", "group", "sources"), url, UPDATE)
    sizes = result.groupBy("group").count()
    row = sizes.agg(F.sum((F.col("count") >= 2).cast("long")), F.max("count")).first()
    for frame in (reports, edges, pairs, texts, result):
        frame.unpersist()
    return int(row[0] or 0), int(row[1] or 0)
