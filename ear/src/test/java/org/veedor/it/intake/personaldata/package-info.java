/** In the container: complainants' personal data encrypted at rest and removed after retention. */
package org.veedor.it.intake.personaldata;
