package org.mizan.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.stories.Story;
import org.mizan.stories.StoryCluster;
import org.mizan.stories.StoryClusterer;
import org.mizan.stories.StoryRecords;
import org.mizan.stories.StoryState;

/**
 * The standard story clusterer ({@link StoryClusterer}, the one behind the CLI's
 * {@code stories.cluster} stage) as a {@link StoryAssigner}. Its checkpoint is the clusterer's own
 * compact snapshot ({@link StoryClusterer#save}: the stories, and the copied-paragraph index of the
 * live window as MinHash signatures) plus the ids of the stories reported so far; it is bounded by
 * the stories and the live window, not by every document seen, and a restore assigns every later
 * document exactly as the clusterer that was saved.
 */
public final class ClustererAssigner implements StoryAssigner {
  private final StoryClusterer clusterer;
  /** Ids of the live stories reported so far, to report the ones a merge removes. */
  private final Set<String> reported = new LinkedHashSet<>();

  private ClustererAssigner(StoryClusterer clusterer) {
    this.clusterer = clusterer;
  }

  public ClustererAssigner() {
    this(new StoryClusterer(StoryState.inMemory()));
  }

  @Override
  public Update add(Document doc) {
    StoryState state = clusterer.state();
    int before = state.all().size();
    StoryCluster story = state.get(clusterer.add(trim(doc)));
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

  @Override
  public List<Story> stories() {
    List<Story> out = new ArrayList<>();
    for (String id : reported) out.add(StoryRecords.of(clusterer.state().get(id)));
    return out;
  }

  @Override
  public byte[] save() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(reported.size());
      for (String id : reported) out.writeUTF(id);
      out.flush();
      clusterer.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the story clusterer: " + e.getMessage(), e);
    }
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
      try {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(state));
        List<String> reported = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) reported.add(in.readUTF());
        ClustererAssigner a = new ClustererAssigner(StoryClusterer.restore(in, StoryClusterer.Params.DEFAULT, s -> s));
        a.reported.addAll(reported);
        return a;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot restore the story clusterer: " + e.getMessage(), e);
      }
    }
  }
}
