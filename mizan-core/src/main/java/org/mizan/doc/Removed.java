package org.mizan.doc;

/**
 * A line taken out of the body, with the reason it went (e.g. {@code caption}, {@code share},
 * {@code read-also}, {@code appended-article}, {@code credit}, {@code metadata}).
 */
public record Removed(String text, String reason) {}
