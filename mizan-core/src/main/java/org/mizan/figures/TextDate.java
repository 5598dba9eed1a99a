package org.mizan.figures;

/**
 * A date mentioned in the text.
 *
 * @param text as printed ({@code أمس الجمعة}, {@code فبراير/شباط 2022})
 * @param value ISO-8601 date, year-month ({@code 2022-02}) or date-time; null when unresolved
 * @param resolved true when {@code value} was resolved (against the publication date if relative)
 * @param start offset in the document body
 * @param end end offset (exclusive) in the document body
 */
public record TextDate(String text, String value, boolean resolved, int start, int end) {}
