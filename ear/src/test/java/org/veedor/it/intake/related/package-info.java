/** Related cases and merged duplicates, checked inside the server (the lifecycles that end). */
package org.veedor.it.intake.related;
