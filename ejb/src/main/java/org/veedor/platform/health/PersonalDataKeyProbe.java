package org.veedor.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.veedor.platform.protection.PersonalDataKey;

/** The key for complainants' personal data is loaded: without it no case opens. */
@ApplicationScoped
public class PersonalDataKeyProbe implements Probe {

  @Override
  public String name() {
    return "personal-data-key";
  }

  @Override
  public Optional<String> trouble() {
    try {
      PersonalDataKey.cipher();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }
}
