package org.mizan.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --reference-date}: an ISO date ({@code 2025-12-03}) or date-time ({@code 2025-12-03T14:00}). */
final class ReferenceDate implements ITypeConverter<LocalDateTime> {
  @Override
  public LocalDateTime convert(String value) {
    try {
      return value.contains("T") ? LocalDateTime.parse(value) : LocalDate.parse(value).atStartOfDay();
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)");
    }
  }
}
