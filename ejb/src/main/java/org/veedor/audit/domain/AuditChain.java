package org.veedor.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that binds an event to the one before it: SHA-256 over the previous hash and every field
 * of the event, each written with its length so that no two events can share a text.
 */
public final class AuditChain {

  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static String hash(StoredEvent e) {
    StringBuilder text = new StringBuilder();
    field(text, e.previousHash());
    field(text, Long.toString(e.id()));
    field(text, e.occurredAt().truncatedTo(ChronoUnit.MICROS).toString());
    field(text, e.username());
    field(text, e.type());
    field(text, e.objectType());
    field(text, e.objectId());
    field(text, e.outcome());
    field(text, e.detail());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e2) {
      throw new IllegalStateException("SHA-256 is not available", e2);
    }
  }

  private static void field(StringBuilder text, String value) {
    if (value == null) {
      text.append("-1:");
    } else {
      text.append(value.length()).append(':').append(value);
    }
    text.append('|');
  }
}
