/** Use cases of intake: registering complaints and reading them, with their DTOs. */
package org.veedor.intake.application;
