/**
 * Reading the files an ERP or case system exports: measurements, breach events, cost outcomes,
 * trust survey answers, forum meetings, escalations and invoices, as CSV. Files are streamed row by
 * row, and every problem names the file, the line and the field, so whoever produced the file can
 * fix it without a stack trace.
 */
package dev.partnering.examples.data;
