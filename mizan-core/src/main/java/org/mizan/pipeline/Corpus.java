package org.mizan.pipeline;

import java.util.List;
import org.mizan.doc.Document;
import org.mizan.entities.Entity;
import org.mizan.stories.Story;

/** Everything a run knows: its documents in input order, and what corpus stages derived from them. */
public record Corpus(List<Document> documents, List<Entity> entities, List<Story> stories) {
  public Corpus {
    documents = List.copyOf(documents);
    entities = List.copyOf(entities);
    stories = List.copyOf(stories);
  }

  public static Corpus of(List<Document> documents) {
    return new Corpus(documents, List.of(), List.of());
  }

  public Corpus withDocuments(List<Document> documents) {
    return new Corpus(documents, entities, stories);
  }

  public Corpus withEntities(List<Entity> entities) {
    return new Corpus(documents, entities, stories);
  }

  public Corpus withStories(List<Story> stories) {
    return new Corpus(documents, entities, stories);
  }
}
