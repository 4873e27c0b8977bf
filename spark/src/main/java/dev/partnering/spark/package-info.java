/**
 * Portfolio evaluation as an Apache Spark job: agreements as JSON documents and their measurements,
 * breach events and cost outcomes as CSV or Parquet rows are grouped by agreement, and each
 * agreement is evaluated in one task by the SDK's own calculators. The outputs are scorecards and
 * incentive statements as Parquet rows and JSON documents, and the rejects with the SDK's message.
 *
 * @since 0.1.0
 */
package dev.partnering.spark;
