/** Discipline: the sanction for sustained allegations, guided by the discipline matrix. */
package org.veedor.discipline;
