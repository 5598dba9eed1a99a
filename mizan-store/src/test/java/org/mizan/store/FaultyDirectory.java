package org.mizan.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A Lucene directory that fails like a real disk: after {@code budget} bytes every write throws
 * "No space left on device", or, when read-only, every new file is refused.
 */
final class FaultyDirectory extends FilterDirectory {
  private final AtomicLong budget;
  private final boolean readOnly;

  FaultyDirectory(Directory in, long budget, boolean readOnly) {
    super(in);
    this.budget = new AtomicLong(budget);
    this.readOnly = readOnly;
  }

  void setBudget(long bytes) {
    budget.set(bytes);
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    if (readOnly) throw new FileSystemException(name, null, "Read-only file system");
    return new Out(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
    if (readOnly) throw new FileSystemException(prefix, null, "Read-only file system");
    return new Out(in.createTempOutput(prefix, suffix, context));
  }

  private final class Out extends IndexOutput {
    private final IndexOutput out;

    Out(IndexOutput out) {
      super("faulty(" + out + ")", out.getName());
      this.out = out;
    }

    private void spend(long n) throws IOException {
      if (budget.addAndGet(-n) < 0) throw new FileSystemException(getName(), null, "No space left on device");
    }

    @Override
    public void writeByte(byte b) throws IOException {
      spend(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      spend(length);
      out.writeBytes(b, offset, length);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }
  }
}
