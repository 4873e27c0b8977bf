/**
 * Runnable examples of the partnering SDK: the README's agreement and its scorecard and incentive
 * examples, the command line ({@link dev.partnering.examples.Main}, {@link dev.partnering.examples.cli}),
 * the demo's four scenarios ({@link dev.partnering.examples.scenario}) over their data files
 * ({@link dev.partnering.examples.data}), JSON through the Jackson module
 * ({@link dev.partnering.examples.json}) and the text and HTML reports ({@link dev.partnering.examples.report}).
 */
package dev.partnering.examples;
