package org.mizan.flink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.stories.Story;
import org.mizan.stories.StoryCluster;
import org.mizan.stories.StoryClusterer;
import org.mizan.stories.StoryRecords;
import org.mizan.stories.StoryState;

/**
 * The standard story clusterer ({@link StoryClusterer}, the one behind the CLI's
 * {@code stories.cluster} stage) as a {@link StoryAssigner}. Its checkpoint is the log of the
 * documents it was given, trimmed to what clustering reads (body, headline, outlet, date, mentions);
 * a restore replays the log through a fresh clusterer, which gives the same stories and ids because
 * the clusterer is deterministic. This captures all of its state (the story index, and the
 * paragraph index used for syndication, which {@link StoryState} alone does not hold), at the cost
 * of a checkpoint that grows with the documents seen: see docs/guide.md.
 */
public final class ClustererAssigner implements StoryAssigner {
  private final StoryClusterer clusterer = new StoryClusterer(StoryState.inMemory());
  private final List<byte[]> log = new ArrayList<>();
  /** Ids of the live stories reported so far, to report the ones a merge removes. */
  private final Set<String> reported = new LinkedHashSet<>();

  @Override
  public Update add(Document doc) {
    byte[] line = Json.line(trim(doc)).getBytes(StandardCharsets.UTF_8);
    log.add(line);
    return apply(parse(line));
  }

  private Update apply(Document doc) {
    StoryState state = clusterer.state();
    int before = state.all().size();
    StoryCluster story = state.get(clusterer.add(doc));
    boolean created = reported.add(story.id());
    List<String> removed = new ArrayList<>();
    if (state.all().size() < before + (created ? 1 : 0)) {
      // A merge: find the reported stories that no longer exist under their own id.
      for (Iterator<String> it = reported.iterator(); it.hasNext(); ) {
        String id = it.next();
        StoryCluster now = state.get(id);
        if (now == null || !now.id().equals(id)) {
          removed.add(id);
          it.remove();
        }
      }
    }
    return new Update(List.of(StoryRecords.of(story)), removed);
  }

  /** What clustering reads of a document; quotes, figures, dates and removed lines are dropped. */
  static Document trim(Document d) {
    return d.withoutRaw().withBody(d.paragraphs(), List.of()).withQuotes(List.of()).withFigures(List.of())
        .withDates(List.of());
  }

  private static Document parse(byte[] line) {
    try {
      return Json.mapper().readValue(line, Document.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<Story> stories() {
    List<Story> out = new ArrayList<>();
    for (String id : reported) out.add(StoryRecords.of(clusterer.state().get(id)));
    return out;
  }

  @Override
  public byte[] save() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] line : log) {
      out.write(line, 0, line.length);
      out.write('\n');
    }
    return out.toByteArray();
  }

  /** Makes and restores {@link ClustererAssigner}s. */
  public static final class Factory implements StoryAssigner.Factory {
    private static final long serialVersionUID = 1L;

    @Override
    public StoryAssigner create() {
      return new ClustererAssigner();
    }

    @Override
    public StoryAssigner load(byte[] state) {
      ClustererAssigner a = new ClustererAssigner();
      int start = 0;
      for (int i = 0; i < state.length; i++) {
        if (state[i] != '\n') continue;
        if (i > start) {
          byte[] line = java.util.Arrays.copyOfRange(state, start, i);
          a.log.add(line);
          a.apply(parse(line));
        }
        start = i + 1;
      }
      return a;
    }
  }
}
