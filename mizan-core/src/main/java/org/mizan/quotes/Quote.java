package org.mizan.quotes;

/**
 * A reported statement.
 *
 * @param speaker who said it
 * @param text the quoted (direct) or reported (indirect) content
 * @param kind {@code direct} or {@code indirect}
 * @param cue the reporting verb or phrase as printed (e.g. {@code وأضاف}), or null
 * @param medium where it was said when stated (e.g. {@code مقابلة مع "فوكس نيوز"}), or null
 * @param start offset of {@link #text} in the document body
 * @param end end offset (exclusive) of {@link #text} in the document body
 */
public record Quote(Speaker speaker, String text, String kind, String cue, String medium, int start, int end) {

  /**
   * The speaker: a named entity ({@code canonical}, {@code entityId}) or only a description the
   * article gives ({@code مسؤول في البيت الأبيض}).
   */
  public record Speaker(String canonical, String description, String entityId) {}
}
