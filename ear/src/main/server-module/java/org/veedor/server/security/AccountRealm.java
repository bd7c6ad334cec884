package org.veedor.server.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityRealm;
import org.wildfly.security.authz.AuthorizationIdentity;
import org.wildfly.security.authz.MapAttributes;
import org.wildfly.security.credential.Credential;
import org.wildfly.security.evidence.Evidence;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Veedor's accounts for Elytron: users, password digests and roles from {@code app_user} and {@code
 * app_user_role}. A password is kept as PBKDF2-HMAC-SHA-256 at {@code iterations} (default 600,000,
 * OWASP's figure); a digest stored with fewer is replaced at the account's next successful sign-in,
 * the only moment the password is known.
 *
 * <p>HTTP Basic sends the password with every API call, and 600,000 rounds cost a quarter of a
 * second of processor each. Elytron's own caching realm keeps the stored digest, not the fact of a
 * verified password, so every call would pay them again. This realm remembers, for {@code
 * remember-seconds} (default 300), that a password was verified: as an HMAC of the user and the
 * password under a key drawn at each start and never stored, tied to the stored digest, so a changed
 * password ends it at once. The account's row is read on every call, so a lock or a disabled account
 * takes effect at once as well.
 */
public final class AccountRealm implements SecurityRealm {

  private static final Logger LOG = Logger.getLogger(AccountRealm.class.getName());
  private static final String ROLES = "Roles";
  /** Veedor's {@code Roles.PASSWORD_CHANGE_REQUIRED}. */
  static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";
  private static final int MOST_REMEMBERED = 10_000;
  /** The digest of an account that signs in through the identity provider: no password matches. */
  private static final String NO_PASSWORD = "-";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Verified> verified = new ConcurrentHashMap<>();
  private final SecretKeySpec rememberKey;
  private String dataSourceName = "java:jboss/datasources/VeedorDS";
  private int iterations = 600_000;
  private Duration remember = Duration.ofMinutes(5);
  private volatile DataSource dataSource;
  private ProviderAccounts providerAccounts =
      new ProviderAccounts("realm_access.roles", Duration.ofMinutes(5));

  public AccountRealm() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    rememberKey = new SecretKeySpec(key, "HmacSHA256");
  }

  /** Called by Elytron with the realm's {@code configuration} map. */
  public void initialize(Map<String, String> configuration) {
    dataSourceName = configuration.getOrDefault("datasource", dataSourceName);
    iterations = positive(configuration, "iterations", iterations);
    remember =
        Duration.ofSeconds(
            Math.max(0, Long.parseLong(configuration.getOrDefault("remember-seconds", "300"))));
    providerAccounts =
        new ProviderAccounts(
            configuration.getOrDefault("roles-claim", "realm_access.roles"),
            Duration.ofSeconds(
                positive(configuration, "success-quiet-seconds", 300)));
  }

  @Override
  public RealmIdentity getRealmIdentity(Principal principal) throws RealmUnavailableException {
    if (principal instanceof NamePrincipal && principal.getName() != null) {
      return new Account(principal.getName());
    }
    // a person whom the identity provider signed in: their account is made or brought up to date
    // from the provider's token before it is looked up like any other
    var token = ProviderToken.of(principal);
    if (token.isPresent()) {
      // WildFly hands the identity on lazily, at the first call of a service, inside that call's
      // transaction: the account's upkeep must not join it (a refused call would roll it back, and
      // the lookup below would read its half-done writes), so it runs in a transaction of its own
      Transaction caller = null;
      try {
        TransactionManager transactions = transactionManager();
        caller = transactions == null ? null : transactions.suspend();
        try {
          providerAccounts.arrive(dataSource(), token.get());
        } finally {
          if (caller != null) {
            transactions.resume(caller);
          }
        }
      } catch (NamingException | SystemException | InvalidTransactionException e) {
        throw new RealmUnavailableException(e);
      }
      // the identity keeps the provider's principal: what follows (the EJB's caller, the sign-in
      // listener, which must not count the handing-on as a failed password) still sees its origin
      return new Account(token.get().username(), principal);
    }
    return RealmIdentity.NON_EXISTENT;
  }

  @Override
  public SupportLevel getCredentialAcquireSupport(
      Class<? extends Credential> credentialType,
      String algorithmName,
      AlgorithmParameterSpec parameterSpec) {
    return SupportLevel.UNSUPPORTED;
  }

  @Override
  public SupportLevel getEvidenceVerifySupport(
      Class<? extends Evidence> evidenceType, String algorithmName) {
    return PasswordGuessEvidence.class.isAssignableFrom(evidenceType)
        ? SupportLevel.POSSIBLY_SUPPORTED
        : SupportLevel.UNSUPPORTED;
  }

  /** That a password was verified against a stored digest, until a moment. */
  private record Verified(String storedDigest, byte[] mark, Instant until) {}

  /** The row of an account that may sign in now: enabled and not locked. */
  private record Row(String digest, String salt, int iterations) {}

  private final class Account implements RealmIdentity {

    private final String username;
    private final Principal principal;
    private Row row;
    private boolean read;

    Account(String username) {
      this(username, new NamePrincipal(username));
    }

    Account(String username, Principal principal) {
      this.username = username;
      this.principal = principal;
    }

    private Row row() throws RealmUnavailableException {
      if (!read) {
        row = load(username);
        read = true;
      }
      return row;
    }

    @Override
    public Principal getRealmIdentityPrincipal() {
      return principal;
    }

    @Override
    public boolean exists() throws RealmUnavailableException {
      return row() != null;
    }

    @Override
    public SupportLevel getCredentialAcquireSupport(
        Class<? extends Credential> credentialType,
        String algorithmName,
        AlgorithmParameterSpec parameterSpec) {
      return SupportLevel.UNSUPPORTED;
    }

    @Override
    public <C extends Credential> C getCredential(Class<C> credentialType) {
      return null;
    }

    @Override
    public SupportLevel getEvidenceVerifySupport(
        Class<? extends Evidence> evidenceType, String algorithmName)
        throws RealmUnavailableException {
      return PasswordGuessEvidence.class.isAssignableFrom(evidenceType) && row() != null
          ? SupportLevel.SUPPORTED
          : SupportLevel.UNSUPPORTED;
    }

    @Override
    public boolean verifyEvidence(Evidence evidence) throws RealmUnavailableException {
      Row stored = row();
      if (!(evidence instanceof PasswordGuessEvidence guess)
          || stored == null
          || NO_PASSWORD.equals(stored.digest())) {
        return false;
      }
      char[] password = guess.getGuess();
      byte[] mark = mark(username, password);
      Instant now = Instant.now();
      Verified known = verified.get(username);
      if (known != null
          && known.until().isAfter(now)
          && known.storedDigest().equals(stored.digest())
          && MessageDigest.isEqual(known.mark(), mark)) {
        return true;
      }
      byte[] salt = Base64.getDecoder().decode(stored.salt());
      byte[] computed = pbkdf2(password, salt, stored.iterations());
      if (!MessageDigest.isEqual(computed, Base64.getDecoder().decode(stored.digest()))) {
        verified.remove(username);
        return false;
      }
      String digest = stored.digest();
      if (stored.iterations() < iterations) {
        digest = upgrade(username, stored, password);
      }
      remember(username, digest, mark, now);
      return true;
    }

    @Override
    public AuthorizationIdentity getAuthorizationIdentity() throws RealmUnavailableException {
      MapAttributes attributes = new MapAttributes();
      attributes.addAll(ROLES, roles(username));
      return AuthorizationIdentity.basicIdentity(attributes);
    }
  }

  private void remember(String username, String digest, byte[] mark, Instant now) {
    if (remember.isZero()) {
      return;
    }
    if (verified.size() >= MOST_REMEMBERED) {
      verified.values().removeIf(v -> !v.until().isAfter(now));
      if (verified.size() >= MOST_REMEMBERED) {
        verified.clear();
      }
    }
    verified.put(username, new Verified(digest, mark, now.plus(remember)));
  }

  /** Stores the password again at today's iterations; answers the new digest. */
  private String upgrade(String username, Row stored, char[] password)
      throws RealmUnavailableException {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    String digest = Base64.getEncoder().encodeToString(pbkdf2(password, salt, iterations));
    try (Connection connection = dataSource().getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "update app_user set password_digest = ?, password_salt = ?,"
                    + " password_iterations = ? where username = ? and password_digest = ?")) {
      update.setString(1, digest);
      update.setString(2, Base64.getEncoder().encodeToString(salt));
      update.setInt(3, iterations);
      update.setString(4, username);
      update.setString(5, stored.digest());
      if (update.executeUpdate() == 0) {
        return stored.digest(); // changed meanwhile: the new one stands
      }
      return digest;
    } catch (SQLException | NamingException e) {
      // the sign-in stands; the digest is upgraded at a later one
      LOG.log(Level.WARNING, "password digest of " + username + " not upgraded", e);
      return stored.digest();
    }
  }

  private Row load(String username) throws RealmUnavailableException {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select password_digest, password_salt, password_iterations from app_user"
                    + " where username = ? and enabled = true"
                    + " and (locked_until is null or locked_until < ?)")) {
      select.setString(1, username);
      select.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      try (ResultSet found = select.executeQuery()) {
        return found.next() ? new Row(found.getString(1), found.getString(2), found.getInt(3)) : null;
      }
    } catch (SQLException | NamingException e) {
      throw new RealmUnavailableException(e);
    }
  }

  /**
   * The account's roles; while a password handed out by an administrator waits to be changed, only
   * {@value #PASSWORD_CHANGE_REQUIRED}, which opens nothing but the change.
   */
  private List<String> roles(String username) throws RealmUnavailableException {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select u.password_must_change, r.role_name from app_user u"
                    + " left join app_user_role r on r.username = u.username"
                    + " where u.username = ?")) {
      select.setString(1, username);
      List<String> roles = new ArrayList<>();
      try (ResultSet found = select.executeQuery()) {
        while (found.next()) {
          if (found.getBoolean(1)) {
            return List.of(PASSWORD_CHANGE_REQUIRED);
          }
          String role = found.getString(2);
          if (role != null) {
            roles.add(role);
          }
        }
      }
      return roles;
    } catch (SQLException | NamingException e) {
      throw new RealmUnavailableException(e);
    }
  }

  private byte[] mark(String username, char[] password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(rememberKey);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
      try {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      } finally {
        spec.clearPassword();
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    }
  }

  private TransactionManager transactionManager() {
    try {
      return (TransactionManager) new InitialContext().lookup("java:jboss/TransactionManager");
    } catch (NamingException e) {
      return null;
    }
  }

  private DataSource dataSource() throws NamingException {
    DataSource found = dataSource;
    if (found == null) {
      found = (DataSource) new InitialContext().lookup(dataSourceName);
      dataSource = found;
    }
    return found;
  }

  private static int positive(Map<String, String> configuration, String key, int fallback) {
    String value = configuration.get(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    int parsed = Integer.parseInt(value.strip());
    if (parsed <= 0) {
      throw new IllegalArgumentException(key + " must be positive, was " + value);
    }
    return parsed;
  }
}
