"""``factcheck link --engine spark``: the default engine's linking as Spark DataFrames.

Claims are read by the executors in id ranges; their matching forms and blocking keys are
computed there with the default engine's functions (pandas UDFs). Blocking is an equality
join on exploded keys, with the default engine's key selection (each text's rarest shared
keys, at most ``max_keys``, the Jaccard prefix, postings over ``max_postings`` dropped).
Candidate pairs are scored and related by the default engine's code inside Arrow
batches; text pairs are expanded to claim pairs as :func:`factcheck.link.core.link_normalized`
does (identical texts at 100, crowds over ``MAX_CLIQUE`` to their first claim only).
Executors write links and matching forms to staging tables; one transaction swaps them
in. Groups and independent-source counts are then computed in Spark from the stored links
(:mod:`factcheck.spark.groups`).

A text is named by its first claim's id (the default engine numbers texts in order of
first appearance among claims sorted by id, so both order text pairs alike).
"""

from __future__ import annotations

import logging
import time
from functools import partial

from sqlalchemy import text
from sqlalchemy.engine import Engine

from factcheck.link.blocking import BlockingConfig
from factcheck.link.core import MAX_CLIQUE
from factcheck.link.linker import HWM_KEY, MATCH_KEY, MATCH_VERSION, METHOD, STATE_KEY, LinkStats, group_state, set_meta
from factcheck.link.scoring import DEFAULT_SCORER, DEFAULT_THRESHOLD, scorer_function
from factcheck.spark import batches, stage
from factcheck.spark.groups import update_groups_spark
from factcheck.spark.session import spark_session

log = logging.getLogger(__name__)
ROWS_PER_SLICE = 50_000  # rows each read task takes from the database
_CLAIMS = "SELECT id, article_id, assertion FROM claim WHERE id >= :lo AND id < :hi ORDER BY id"
_SIGN = -(2**63)  # XOR with it orders signed longs as the unsigned keys they hold


def read_ranges(spark, url: str, engine: Engine, table: str, query: str, schema: str):  # noqa: ANN001, ANN201
    """DataFrame of ``query``'s rows (``schema``), read by the executors in id ranges of ``table``; None when empty.

    ``query`` selects the rows whose key lies in ``[:lo, :hi)``.
    """
    from pyspark.sql import functions as F

    with engine.connect() as conn:
        low, high, count = conn.execute(text(f"SELECT MIN(id), MAX(id), COUNT(*) FROM {table}")).one()
    if not count:
        return None
    slices = max(1, -(-count // ROWS_PER_SLICE))
    step = -(-(high - low + 1) // slices)
    ranges = spark.range(0, slices, numPartitions=slices).select(
        (F.lit(low) + F.col("id") * step).alias("lo"), (F.lit(low) + (F.col("id") + 1) * step).alias("hi"))
    columns = [field.split()[0] for field in schema.split(",")]
    return ranges.mapInPandas(partial(batches.read_ranges, url, query, columns), schema)


def _candidates(texts, config: BlockingConfig):  # noqa: ANN001, ANN202
    """Text pairs (u, v), u < v, sharing a selected key: :func:`factcheck.link.blocking.block` as a join."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    entries = texts.select("tid", F.explode("key_array").alias("key"))
    df = entries.groupBy("key").agg(F.count("*").alias("df"))
    shared = entries.join(df.where("df >= 2"), "key")
    per_text = Window.partitionBy("tid")
    rarest = per_text.orderBy("df", F.col("key").bitwiseXOR(F.lit(_SIGN)))
    ranked = shared.select(
        "tid", "key", (F.row_number().over(rarest) - 1).alias("rank"), F.count("*").over(per_text).alias("n"))
    prefix = F.col("n") - F.ceil(F.lit(config.jaccard) * F.col("n")) + 1
    kept = ranked.where(F.col("rank") < F.least(prefix, F.lit(config.max_keys))).select("tid", "key")
    postings = kept.groupBy("key").agg(F.count("*").alias("size"))
    usable = kept.join(postings.where((F.col("size") >= 2) & (F.col("size") <= config.max_postings)), "key")
    x, y = usable.alias("x"), usable.alias("y")
    return (x.join(y, F.col("x.key") == F.col("y.key"))
            .where(F.col("x.tid") < F.col("y.tid"))
            .select(F.col("x.tid").alias("u"), F.col("y.tid").alias("v"))
            .distinct())


def _claim_links(claims, texts, related):  # noqa: ANN001, ANN202
    """Cross-article claim pairs (a, b, score, relation, differences) of the linked text pairs and identical texts."""
    from pyspark.sql import functions as F

    members = claims.select("id", "article", "tid")
    cu = members.select(F.col("id").alias("cu"), F.col("article").alias("au"), F.col("tid").alias("u"))
    cv = members.select(F.col("id").alias("cv"), F.col("article").alias("av"), F.col("tid").alias("v"))
    fuzzy = (related.join(cu, "u").join(cv, "v").where(F.col("au") != F.col("av")).select(
        F.least("cu", "cv").alias("a"), F.greatest("cu", "cv").alias("b"), "score", "relation",
        F.when(F.col("cu") < F.col("cv"), F.col("forward")).otherwise(F.col("flipped")).alias("differences")))
    sizes = texts.select(F.col("tid").alias("u"), "n")
    copies = cu.join(sizes.where(F.col("n") >= 2), "u").join(cv.withColumnRenamed("v", "u"), "u")
    same = F.when(F.col("n") <= MAX_CLIQUE, F.col("cu") < F.col("cv")).otherwise(
        (F.col("cu") == F.col("u")) & (F.col("cv") != F.col("u")))
    identical = copies.where(same & (F.col("au") != F.col("av"))).select(
        F.col("cu").alias("a"), F.col("cv").alias("b"), F.lit(100.0).cast("float").alias("score"),
        F.lit("same").alias("relation"), F.lit(None).cast("string").alias("differences"))
    return fuzzy.unionByName(identical)


def write(frame, url: str, statement: str) -> int:  # noqa: ANN001
    """Rows written by the executors (``statement`` binds the frame's columns)."""
    counts = frame.mapInPandas(partial(batches.write_rows, url, statement), "rows long")
    return int(counts.groupBy().sum("rows").first()[0] or 0)


def link_claims_spark(
    engine: Engine,
    *,
    master: str | None = None,
    threshold: float | None = None,
    scorer: str | None = None,
    config: BlockingConfig = BlockingConfig(),
) -> LinkStats:
    """Re-link every claim on Spark; the same links, groups and source counts as ``link_claims(rebuild=True)``."""
    started = time.perf_counter()
    threshold = DEFAULT_THRESHOLD if threshold is None else float(threshold)
    scorer = scorer or DEFAULT_SCORER
    scorer_function(scorer)
    if not 0 <= threshold <= 100:
        raise ValueError(f"threshold must be between 0 and 100, not {threshold}")
    url = engine.url.render_as_string(hide_password=False)
    spark = spark_session(master, app="factcheck link")  # first: it checks that pyspark is installed
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.functions import pandas_udf

    stage.reset(engine)
    try:
        claims = read_ranges(spark, url, engine, "claim", _CLAIMS, "id long, article long, assertion string")
        links_written = candidates = considered = 0
        if claims is not None:
            normal = pandas_udf(batches.normalized, "string")
            key_bytes = pandas_udf(batches.key_bytes, "binary")
            key_array = pandas_udf(batches.key_array, "array<long>")
            claims = claims.withColumn("text", normal("assertion"))
            tids = claims.groupBy("text").agg(F.min("id").alias("tid"), F.count("*").alias("n"))
            claims = claims.join(tids.select("text", "tid"), "text").persist(StorageLevel.MEMORY_AND_DISK)
            texts = (tids.join(claims.select(F.col("id").alias("tid"), F.col("assertion").alias("raw")), "tid")
                     .withColumn("keys", key_bytes("text")).withColumn("key_array", key_array("keys"))
                     .persist(StorageLevel.MEMORY_AND_DISK))
            pairs = _candidates(texts, config).persist(StorageLevel.MEMORY_AND_DISK)
            candidates = pairs.count()
            log.info("candidates: %d pairs, %.1f s", candidates, time.perf_counter() - started)
            tu = texts.select(F.col("tid").alias("u"), F.col("text").alias("text_u"), F.col("raw").alias("raw_u"))
            tv = texts.select(F.col("tid").alias("v"), F.col("text").alias("text_v"), F.col("raw").alias("raw_v"))
            related = pairs.join(tu, "u").join(tv, "v").mapInPandas(
                partial(batches.relate_batches, scorer, threshold),
                "u long, v long, score float, relation string, forward string, flipped string")
            links_written = write(_claim_links(claims, texts, related), url, stage.INSERT_LINK)
            log.info("links staged: %d, %.1f s", links_written, time.perf_counter() - started)
            matches = claims.join(texts.select("tid", "keys"), "tid").select("id", "text", "keys", "assertion")
            considered = write(matches, url, stage.INSERT_MATCH)
            high = claims.agg(F.max("id")).first()[0]
            log.info("matching forms staged: %d, %.1f s", considered, time.perf_counter() - started)
            stage.swap(engine, METHOD)
            log.info("swapped in, %.1f s", time.perf_counter() - started)
            set_meta(engine, MATCH_KEY, MATCH_VERSION)
            set_meta(engine, HWM_KEY, str(int(high)))
        groups, largest = update_groups_spark(spark, url, engine, threshold)
        log.info("groups and source counts, %.1f s", time.perf_counter() - started)
        set_meta(engine, STATE_KEY, group_state(engine, threshold))
    finally:
        stage.drop(engine)
    return LinkStats(
        claims_considered=considered,
        new_claims=considered,
        candidates=candidates,
        links_written=links_written,
        groups=groups,
        largest_group=largest,
        seconds=round(time.perf_counter() - started, 3),
    )
