package org.mizan.flink;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Problem;

/**
 * Reads one whole file with Mizan's own {@link Ingestor} (so the job accepts every format the CLI
 * does) and hands out its articles as one batch. Files are never split; a checkpoint records how
 * many articles of the file were emitted, and a restore skips them. Files on a non-local file
 * system (HDFS, S3) are read as streams. What cannot be read travels on as a problem record,
 * so the job reports it in one line and goes on.
 */
public final class ArticleFileFormat implements BulkFormat<ArticleRecord, FileSourceSplit> {
  private static final long serialVersionUID = 1L;
  private final StoryScope scope;
  private final List<String> roots;

  /**
   * @param roots the input paths as given, to name each article's source (its input root)
   */
  public ArticleFileFormat(StoryScope scope, List<String> roots) {
    this.scope = scope;
    this.roots = List.copyOf(roots);
  }

  @Override
  public Reader<ArticleRecord> createReader(Configuration config, FileSourceSplit split) throws IOException {
    return reader(split, 0);
  }

  @Override
  public Reader<ArticleRecord> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
    long skip = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
    return reader(split, skip);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<ArticleRecord> getProducedType() {
    return TypeInformation.of(ArticleRecord.class);
  }

  private Reader<ArticleRecord> reader(FileSourceSplit split, long skip) throws IOException {
    List<ArticleRecord> records = read(split.path());
    Iterator<ArticleRecord> it = records.subList((int) Math.min(skip, records.size()), records.size()).iterator();
    return new Reader<>() {
      private boolean done;

      @Override
      public RecordIterator<ArticleRecord> readBatch() {
        if (done) return null;
        done = true;
        return new IteratorResultIterator<>(it, CheckpointedPosition.NO_OFFSET, skip);
      }

      @Override
      public void close() {}
    };
  }

  /** All articles of one file, in the ingestor's order. */
  List<ArticleRecord> read(Path path) throws IOException {
    String source = sourceOf(path);
    List<ArticleRecord> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    FileSystem fs = path.getFileSystem();
    String scheme = path.toUri().getScheme();
    if (scheme == null || "file".equals(scheme)) {
      new Ingestor().read(List.of(path.toUri().getPath()), raw -> out.add(ArticleRecord.of(raw, scope.key(source))),
          problems::add);
    } else {
      try (InputStream in = fs.open(path)) {
        new Ingestor().readStream(path.toString(), in, raw -> out.add(ArticleRecord.of(raw, scope.key(source))),
            problems::add);
      }
    }
    for (Problem p : problems) out.add(ArticleRecord.problem(p.input(), p.reason()));
    return out;
  }

  /** The input root (as given on the command line) that contains {@code path}. */
  private String sourceOf(Path path) {
    String p = path.toUri().getPath();
    for (String root : roots) {
      String r = new Path(root).toUri().getPath();
      if (p.equals(r) || p.startsWith(r.endsWith("/") ? r : r + "/")) return root;
    }
    return path.getParent() == null ? p : path.getParent().toUri().getPath();
  }
}
