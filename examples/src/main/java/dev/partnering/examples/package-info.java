/**
 * Runnable examples of the partnering SDK and the command-line demo ({@link dev.partnering.examples.Main}).
 */
package dev.partnering.examples;
