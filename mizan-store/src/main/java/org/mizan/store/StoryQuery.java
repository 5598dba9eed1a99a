package org.mizan.store;

/**
 * Filters for listing stories; null fields do not filter. Dates are ISO days, inclusive: a story
 * matches when its span overlaps {@code [from, to]}.
 */
public record StoryQuery(String from, String to, String entity, String outlet, String text) {
  public static final StoryQuery ALL = new StoryQuery(null, null, null, null, null);
}
