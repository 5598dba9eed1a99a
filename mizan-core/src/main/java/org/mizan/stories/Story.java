package org.mizan.stories;

import java.util.List;

/**
 * One real-world event as covered by one or more articles.
 *
 * @param id stable id (same input in the same order gives the same id)
 * @param label the most central headline
 * @param documents document ids, in order of arrival
 * @param outlets distinct outlets covering it
 * @param firstSeen ISO date-time of the earliest article (publication date, else ingestion order)
 * @param lastSeen ISO date-time of the latest article
 * @param syndication groups of documents that share copied text
 */
public record Story(String id, String label, List<String> documents, List<String> outlets, String firstSeen,
    String lastSeen, List<SyndicationGroup> syndication) {
  public Story {
    documents = List.copyOf(documents);
    outlets = List.copyOf(outlets);
    syndication = List.copyOf(syndication);
  }

  /** Documents sharing copied text, and the agency they likely copied it from (or null). */
  public record SyndicationGroup(List<String> documents, String agency, double similarity) {}
}
