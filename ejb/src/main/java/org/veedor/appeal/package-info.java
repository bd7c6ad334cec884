/** Appeals: the officer's appeal of a sanction, the complainant's request for board review. */
package org.veedor.appeal;
