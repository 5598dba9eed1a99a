package org.mizan.entities;

/**
 * A named-entity mention in a document body.
 *
 * @param start offset into the document body (inclusive)
 * @param end offset into the document body (exclusive)
 * @param text the surface form as printed
 * @param type PER, ORG, LOC or MISC
 * @param entityId canonical entity id ({@link Entity#id()}), or null before linking
 * @param role title or role printed with the mention (e.g. the minister's title), or null
 * @param canonical the name this mention stands for within its document, clitics and titles
 *     stripped, short forms expanded, aliases resolved (e.g. {@code للأمم المتحدة} → {@code الأمم المتحدة});
 *     null before in-document resolution
 */
public record Mention(int start, int end, String text, String type, String entityId, String role, String canonical) {

  public Mention(int start, int end, String text, String type, String entityId, String role) {
    this(start, end, text, type, entityId, role, null);
  }

  public Mention withRole(String role) {
    return new Mention(start, end, text, type, entityId, role, canonical);
  }

  public Mention withCanonical(String canonical) {
    return new Mention(start, end, text, type, entityId, role, canonical);
  }

  public Mention withEntityId(String entityId) {
    return new Mention(start, end, text, type, entityId, role, canonical);
  }

  /** Whether this mention shares a character with {@code [start, end)}. */
  public boolean overlaps(int start, int end) {
    return this.start < end && start < this.end;
  }

  /** Whether any of {@code mentions} shares a character with {@code [start, end)}. */
  public static boolean anyOverlaps(java.util.List<Mention> mentions, int start, int end) {
    for (Mention m : mentions) if (m.overlaps(start, end)) return true;
    return false;
  }

  public Mention withSpan(int start, int end, String text) {
    return new Mention(start, end, text, type, entityId, role, canonical);
  }
}
