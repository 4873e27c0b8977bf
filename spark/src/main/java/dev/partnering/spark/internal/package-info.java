/**
 * The job's workings, not for users: the per-agreement task that Spark runs inside
 * {@code flatMapGroups}, the parsing of input rows into the SDK's values, and the output rows.
 * Everything here may change without notice.
 */
package dev.partnering.spark.internal;
