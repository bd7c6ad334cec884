/**
 * Settings through the server's MicroProfile Config: one name per setting (a system property, or
 * the environment variable MicroProfile derives from it), read typed by one settings bean per
 * context and checked when the application starts, so a wrong value stops the deployment.
 */
package org.veedor.platform.settings;
