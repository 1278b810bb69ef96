"""The Spark engine: ``factcheck link`` and ``factcheck ingest`` computed on Apache Spark (extra ``.[spark]``)."""
