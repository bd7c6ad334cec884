package org.veedor.intake.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a reference number as its text, which sorts and searches as people read it. */
@Converter
public class ReferenceNumberConverter implements AttributeConverter<ReferenceNumber, String> {

  @Override
  public String convertToDatabaseColumn(ReferenceNumber reference) {
    return reference == null ? null : reference.toString();
  }

  @Override
  public ReferenceNumber convertToEntityAttribute(String text) {
    return text == null ? null : ReferenceNumber.parse(text);
  }
}
