/**
 * The demonstration world: a deterministic, seeded generator of units, officers, assignment
 * histories and complaints, loaded on the first start of a demo server and reused by benchmarks.
 */
package org.veedor.platform.demo;
