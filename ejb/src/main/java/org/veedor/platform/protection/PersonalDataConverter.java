package org.veedor.platform.protection;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Seals a personal field (a complainant's, a letter's) on its way to the database and opens it on
 * the way back.
 */
@Converter
public class PersonalDataConverter implements AttributeConverter<String, String> {

  @Override
  public String convertToDatabaseColumn(String plain) {
    return PersonalDataKey.cipher().seal(plain);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return PersonalDataKey.cipher().open(stored);
  }
}
