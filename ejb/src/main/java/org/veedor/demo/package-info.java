/**
 * The demonstration world, above every context: a deterministic, seeded generator of units,
 * officers, assignment histories, complaints and one user per role, loaded on the first start of a
 * demo server through the contexts' seeding ports and reused by benchmarks. Nothing depends on it.
 */
package org.veedor.demo;
