package org.veedor.platform.nodes;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys that every node of the install must share (a form signed by one node is checked by another),
 * made at random by the first node that asks and kept in the database; each node keeps them in
 * memory once read.
 */
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class SharedSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject SharedSecretRows rows;

  private final Map<String, byte[]> known = new ConcurrentHashMap<>();

  /** The 32-byte key of this name, the same on every node. */
  public byte[] key(String name) {
    return known.computeIfAbsent(name, this::readOrMake).clone();
  }

  private byte[] readOrMake(String name) {
    String kept =
        rows.read(name)
            .orElseGet(
                () -> {
                  byte[] fresh = new byte[32];
                  RANDOM.nextBytes(fresh);
                  String encoded = Base64.getEncoder().encodeToString(fresh);
                  // another node may make one at the same moment: the first kept is everyone's
                  return rows.create(name, encoded) ? encoded : rows.read(name).orElseThrow();
                });
    return Base64.getDecoder().decode(kept);
  }
}
