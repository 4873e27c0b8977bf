/**
 * The demo's four scenarios, each a small program over its own data files: IT partnering with
 * several suppliers in one room, vested facility management with trust and health over two years,
 * a municipal consortium splitting invoices and amending its agreement at iteration reviews, and
 * an ERP integration that reads JSON and CSV and posts its statement back as JSON.
 */
package dev.partnering.examples.scenario;
