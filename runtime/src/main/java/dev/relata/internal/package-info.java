/**
 * Support for generated DAOs. Public because generated code in users' packages calls it; not an
 * API for hand-written code, and it may change in any release.
 */
package dev.relata.internal;
