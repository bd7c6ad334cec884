package org.veedor.web.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies above the resource's {@link BodyLimit} with 413: at once when the declared
 * length is too large, and while reading when a body without a length grows too large, so that no
 * body is ever held in memory beyond the limit.
 */
@Provider
public class BodyLimitFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = limit();
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared != null) {
      try {
        if (Long.parseLong(declared.strip()) > limit) {
          request.abortWith(tooLarge(limit).toResponse());
          return;
        }
      } catch (NumberFormatException e) {
        request.abortWith(
            new Problem(400, "Bad request", "The Content-Length header is not a number.")
                .toResponse());
        return;
      }
    }
    request.setEntityStream(new Limited(request.getEntityStream(), limit));
  }

  private long limit() {
    if (resource == null || resource.getResourceMethod() == null) {
      return BodyLimit.DEFAULT;
    }
    BodyLimit onMethod = resource.getResourceMethod().getAnnotation(BodyLimit.class);
    if (onMethod != null) {
      return onMethod.bytes();
    }
    BodyLimit onClass = resource.getResourceClass().getAnnotation(BodyLimit.class);
    return onClass == null ? BodyLimit.DEFAULT : onClass.bytes();
  }

  static Problem tooLarge(long limit) {
    return new Problem(
        413,
        "Content too large",
        "The request body is larger than the " + limit + " bytes this resource accepts.");
  }

  /** Raised when a body grows past the limit while it is read. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLarge(long limit) {
      super("request body larger than " + limit + " bytes");
      this.limit = limit;
    }
  }

  private static final class Limited extends FilterInputStream {
    private final long limit;
    private long read;

    Limited(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > limit) {
        throw new TooLarge(limit);
      }
    }
  }
}
