/**
 * Case files: the evidence documents of a complaint with their chain of custody, and the
 * investigators' notes, kept in versions.
 */
package org.veedor.casefile.domain;
