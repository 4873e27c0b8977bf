/**
 * Agreements from JSON and statements to JSON, through the Jackson module of the SDK
 * ({@code partnering-jackson}). The rest of the examples see only {@link
 * dev.partnering.examples.json.AgreementSource}, so where an agreement comes from (a JSON file, an
 * ERP's API, code) is one decision in one place.
 */
package dev.partnering.examples.json;
