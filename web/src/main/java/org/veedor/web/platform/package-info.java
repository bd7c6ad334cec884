/**
 * What every view and resource shares: the REST application, problem documents, locale, formats.
 */
package org.veedor.web.platform;
