/** The complaint aggregate (complaint, allegations, complainant) and the allegation taxonomy. */
package org.veedor.intake.domain;
