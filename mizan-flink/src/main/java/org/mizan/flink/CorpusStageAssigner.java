package org.mizan.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.stories.Story;

/**
 * The exact reference: keeps every document of its scope and re-runs the corpus stages of the
 * standard pipeline on each arrival, reporting the stories that changed. Same stories as the
 * single-JVM run by construction, but quadratic in the number of documents: for small scopes and
 * for checking an incremental assigner against.
 */
public final class CorpusStageAssigner implements StoryAssigner {
  private final Pipeline pipeline = Pipelines.standard();
  private final List<Document> documents = new ArrayList<>();
  private Map<String, Story> current = new HashMap<>();

  @Override
  public Update add(Document doc) {
    documents.add(doc);
    Map<String, Story> next = new HashMap<>();
    List<Story> changed = new ArrayList<>();
    for (Story s : pipeline.synthesise(documents).stories()) {
      next.put(s.id(), s);
      if (!s.equals(current.get(s.id()))) changed.add(s);
    }
    Set<String> removed = new LinkedHashSet<>(current.keySet());
    removed.removeAll(next.keySet());
    current = next;
    return new Update(changed, new ArrayList<>(removed));
  }

  @Override
  public List<Story> stories() {
    return pipeline.synthesise(documents).stories();
  }

  @Override
  public byte[] save() {
    StringBuilder sb = new StringBuilder();
    for (Document d : documents) sb.append(Json.line(d)).append('\n');
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Makes and restores {@link CorpusStageAssigner}s. */
  public static final class Factory implements StoryAssigner.Factory {
    private static final long serialVersionUID = 1L;

    @Override
    public StoryAssigner create() {
      return new CorpusStageAssigner();
    }

    @Override
    public StoryAssigner load(byte[] state) {
      CorpusStageAssigner a = new CorpusStageAssigner();
      for (String line : new String(state, StandardCharsets.UTF_8).split("\n")) {
        if (line.isEmpty()) continue;
        try {
          a.documents.add(Json.mapper().readValue(line, Document.class));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      for (Story s : a.stories()) a.current.put(s.id(), s);
      return a;
    }
  }
}
