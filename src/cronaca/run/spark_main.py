"""Entry point for spark-submit: `spark-submit [options] spark_main.py INPUT... --out DIR`.

The master and resources come from spark-submit's own options; see docs/spark.md.
"""
from __future__ import annotations

import argparse
import sys

from cronaca.run.spark import quiet, spark_ingest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="spark_main.py")
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--partitions", type=int)
    parser.add_argument("--no-dedup", action="store_true")
    args = parser.parse_args(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("cronaca").config(
        "spark.sql.sources.partitionOverwriteMode", "dynamic").getOrCreate()
    quiet(spark)
    try:
        summary = spark_ingest(args.inputs, args.out, partitions=args.partitions, spark=spark,
                               dedup=not args.no_dedup)
    finally:
        spark.stop()
    print(summary.render())
    return 1 if summary.rejects else 0


if __name__ == "__main__":
    sys.exit(main())
