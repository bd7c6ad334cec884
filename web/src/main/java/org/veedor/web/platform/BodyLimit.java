package org.veedor.web.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The largest request body a resource method accepts; {@link BodyLimitFilter} enforces it. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BodyLimit {

  /** One megabyte: plenty for any JSON command of the API. */
  long DEFAULT = 1L << 20;

  long bytes();
}
