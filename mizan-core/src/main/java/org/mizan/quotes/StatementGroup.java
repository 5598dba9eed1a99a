package org.mizan.quotes;

import java.util.List;

/**
 * The same statement reported by several documents.
 *
 * @param speaker the speaker's name or description as most documents give it
 * @param entityId the speaker's entity when linked, else null
 * @param members the quotes: document id and index into {@code Document.quotes()}
 * @param score mean similarity of the linked quote pairs (0..1)
 */
public record StatementGroup(String speaker, String entityId, List<Member> members, double score) {
  public StatementGroup {
    members = List.copyOf(members);
  }

  /** One quote of a group. */
  public record Member(String docId, int quoteIndex) {}

  /** Number of distinct documents reporting the statement. */
  public long documents() {
    return members.stream().map(Member::docId).distinct().count();
  }
}
