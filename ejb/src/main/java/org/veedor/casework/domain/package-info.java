/** The records of casework: the texts typed into task forms and case events. */
package org.veedor.casework.domain;
