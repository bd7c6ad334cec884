package org.veedor.platform.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * Reads settings by their one name from MicroProfile Config, where a system property comes first
 * and then the environment variable derived from its name ({@code veedor.files.max-mb} is also
 * {@code VEEDOR_FILES_MAX_MB}). Each read turns the text into its type and checks its range; a
 * value that does not fit throws an {@link InvalidSettingException} that names the setting both
 * ways and shows the value. A blank value counts as unset.
 */
public class SettingReader {

  private final Config config;

  public SettingReader(Config config) {
    this.config = config;
  }

  /**
   * The environment variable MicroProfile Config reads for a property: every character that is not
   * a letter or a digit becomes {@code _}, then all in upper case.
   */
  public static String variable(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  /** The text of a setting, stripped; empty when unset or blank. */
  public Optional<String> text(String property) {
    return Optional.ofNullable(config.getConfigValue(property))
        .map(ConfigValue::getValue)
        .map(String::strip)
        .filter(value -> !value.isEmpty());
  }

  /** A whole number from {@code least} to {@code most}. */
  public int number(String property, int fallback, int least, int most) {
    return text(property)
        .map(
            value -> {
              String expected = "a whole number from " + least + " to " + most;
              int number;
              try {
                number = Integer.parseInt(value);
              } catch (NumberFormatException e) {
                throw invalid(property, value, expected);
              }
              if (number < least || number > most) {
                throw invalid(property, value, expected);
              }
              return number;
            })
        .orElse(fallback);
  }

  /** A positive ISO-8601 period in years, months, weeks or days ({@code P30D}, {@code P5Y}). */
  public Period period(String property, Period fallback) {
    return text(property)
        .map(
            value -> {
              String expected = "a positive ISO-8601 period such as P30D or P5Y";
              Period period;
              try {
                period = Period.parse(value);
              } catch (DateTimeParseException e) {
                throw invalid(property, value, expected);
              }
              if (period.isNegative() || period.isZero()) {
                throw invalid(property, value, expected);
              }
              return period;
            })
        .orElse(fallback);
  }

  /** A time zone by its region id ({@code America/Bogota}) or offset; empty when unset. */
  public Optional<ZoneId> zone(String property) {
    return text(property)
        .map(
            value -> {
              try {
                return ZoneId.of(value);
              } catch (DateTimeException e) {
                throw invalid(property, value, "a time zone such as America/Bogota");
              }
            });
  }

  /** A file system path; empty when unset. */
  public Optional<Path> path(String property) {
    return text(property)
        .map(
            value -> {
              try {
                return Path.of(value);
              } catch (InvalidPathException e) {
                throw invalid(property, value, "a path (" + e.getReason() + ")");
              }
            });
  }

  /** {@code true} or {@code false}, in any case; anything else is refused, not taken as false. */
  public boolean flag(String property, boolean fallback) {
    return text(property)
        .map(
            value -> {
              if (value.equalsIgnoreCase("true")) {
                return true;
              }
              if (value.equalsIgnoreCase("false")) {
                return false;
              }
              throw invalid(property, value, "true or false");
            })
        .orElse(fallback);
  }

  /** One of an enum's constants, written in lower case with dashes ({@code pseudonymous}). */
  public <E extends Enum<E>> E choice(String property, E fallback) {
    Class<E> type = fallback.getDeclaringClass();
    return text(property)
        .map(
            value ->
                Arrays.stream(type.getEnumConstants())
                    .filter(constant -> name(constant).equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow(
                        () ->
                            invalid(
                                property,
                                value,
                                "one of "
                                    + Arrays.stream(type.getEnumConstants())
                                        .map(SettingReader::name)
                                        .collect(Collectors.joining(", ")))))
        .orElse(fallback);
  }

  /** How a constant is written in a setting. */
  public static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A text that matches a pattern; empty when unset. */
  public Optional<String> matching(String property, Pattern pattern, String expected) {
    return text(property)
        .map(
            value -> {
              if (!pattern.matcher(value).matches()) {
                throw invalid(property, value, expected);
              }
              return value;
            });
  }

  /**
   * A secret key, base64 of so many bytes; empty when unset. The value never appears in a message.
   */
  public Optional<byte[]> key(String property, int bytes) {
    return text(property)
        .map(
            value -> {
              byte[] key;
              try {
                key = Base64.getDecoder().decode(value);
              } catch (IllegalArgumentException e) {
                throw secretInvalid(property, "base64 of " + bytes + " bytes; it is not base64");
              }
              if (key.length != bytes) {
                throw secretInvalid(
                    property, "base64 of " + bytes + " bytes; it holds " + key.length);
              }
              return key;
            });
  }

  private InvalidSettingException invalid(String property, String value, String expected) {
    return new InvalidSettingException(
        property,
        describe(property) + " is '" + value + "'" + source(property) + ": expected " + expected);
  }

  private InvalidSettingException secretInvalid(String property, String expected) {
    return new InvalidSettingException(
        property,
        describe(property) + " (value not shown)" + source(property) + ": expected " + expected);
  }

  /** The setting named both ways, as people will look for it. */
  static String describe(String property) {
    return "setting " + property + " (environment variable " + variable(property) + ")";
  }

  private String source(String property) {
    ConfigValue value = config.getConfigValue(property);
    return value == null || value.getSourceName() == null ? "" : " in " + value.getSourceName();
  }
}
