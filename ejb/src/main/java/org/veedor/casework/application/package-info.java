/** Keeping and reading what people wrote while working a case. */
package org.veedor.casework.application;
