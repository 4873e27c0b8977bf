/**
 * The command line of the examples jar: {@code demo}, {@code evaluate}, {@code validate} and
 * {@code readme}, with exit codes and error messages that name the file, the line and the field.
 */
package dev.partnering.examples.cli;
