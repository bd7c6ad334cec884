/** Adding, reading and downloading case files with custody; notes; text extraction after commit. */
package org.veedor.casefile.application;
