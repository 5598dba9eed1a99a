package org.mizan.stories;

import java.util.List;
import java.util.Map;

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

  /**
   * Documents sharing copied text.
   *
   * @param documents the documents, in order of arrival
   * @param kind {@code exact} (same text), {@code near_duplicate} (nearly all paragraphs copied) or
   *     {@code shared_paragraphs} (some paragraphs copied)
   * @param agency the agency the text likely came from (credited, or named in the copied text), or null
   * @param similarity strongest estimated overlap between two members, 0..1
   * @param sharedParagraphs per document, the indexes of its paragraphs copied from or to another member
   */
  public record SyndicationGroup(List<String> documents, String kind, String agency, double similarity,
      Map<String, List<Integer>> sharedParagraphs) {
    public SyndicationGroup {
      documents = List.copyOf(documents);
      sharedParagraphs = Map.copyOf(sharedParagraphs);
    }
  }
}
