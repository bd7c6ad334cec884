package org.veedor.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.veedor.platform.nodes.SharedSecrets;

/**
 * The public form's time stamp, signed by the server, so that a submission can show when its form
 * was fetched: people take a while to describe what happened, scripts do not. No third-party
 * service, no cookie. The key is the install's, shared by its nodes: a form fetched from one node
 * may be sent to another.
 */
@ApplicationScoped
public class FormTokens {

  /** Less than this between fetching the form and sending it is a script's speed. */
  public static final Duration LEAST_FILL_TIME = Duration.ofSeconds(3);

  /** A form fetched longer ago than this is stale. */
  public static final Duration LONGEST_FILL_TIME = Duration.ofHours(4);

  @Inject SharedSecrets secrets;

  private byte[] key;

  public FormTokens() {}

  /** Tokens signed with this key (the tests'). */
  FormTokens(byte[] key) {
    this.key = key.clone();
  }

  @PostConstruct
  void readKey() {
    key = secrets.key("form-tokens");
  }

  public String issue(Instant now) {
    String stamp = Long.toString(now.toEpochMilli());
    return stamp + "." + sign(stamp);
  }

  /** What is wrong with a token presented at {@code now}, or null when it is good. */
  public String problemWith(String token, Instant now) {
    if (token == null || token.indexOf('.') < 1) {
      return "the form's token is missing; fetch the form again";
    }
    String stamp = token.substring(0, token.indexOf('.'));
    String signature = token.substring(token.indexOf('.') + 1);
    if (!MessageDigest.isEqual(
        sign(stamp).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII))) {
      return "the form's token is not valid; fetch the form again";
    }
    Instant issued;
    try {
      issued = Instant.ofEpochMilli(Long.parseLong(stamp));
    } catch (NumberFormatException e) {
      return "the form's token is not valid; fetch the form again";
    }
    Duration taken = Duration.between(issued, now);
    if (taken.compareTo(LEAST_FILL_TIME) < 0) {
      return "sent too quickly after the form was fetched";
    }
    if (taken.compareTo(LONGEST_FILL_TIME) > 0) {
      return "the form is too old; fetch it again";
    }
    return null;
  }

  private String sign(String stamp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(stamp.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
