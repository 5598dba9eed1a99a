package org.mizan.figures;

/**
 * A quantity stated in the text.
 *
 * @param text as printed
 * @param value numeric value with scale words applied ({@code 600 ألف} = 600000)
 * @param unit normalized unit ({@code km2}, {@code hour}, {@code percent}, {@code USD}, ...) or null
 * @param counted the thing counted, normalized to its singular when known ({@code soldier}), or null
 * @param approx the approximation as a normalized word ({@code about}, {@code more_than},
 *     {@code less_than}, {@code nearly}) or null when exact
 * @param start offset in the document body
 * @param end end offset (exclusive) in the document body
 */
public record Figure(String text, double value, String unit, String counted, String approx, int start, int end) {}
