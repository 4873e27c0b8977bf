/**
 * Implementation details of the SDK. Not exported: users must not depend on anything here.
 */
package dev.partnering.internal;
