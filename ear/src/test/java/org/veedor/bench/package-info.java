/**
 * Benchmarks on the running server (the bench profile, not the tests): each writes its figures and
 * the machine into docs/benchmarks/.
 */
package org.veedor.bench;
