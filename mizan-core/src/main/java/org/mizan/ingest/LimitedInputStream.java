package org.mizan.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with a clear message once more than {@code limit} bytes were read (zip and gzip bombs). */
final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private long read;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) count(1);
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) count(n);
    return n;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Closing an entry must not close the archive around it. */
  @Override
  public void close() {}

  private void count(int n) throws IOException {
    read += n;
    if (read > limit) throw new IOException("more than " + (limit >> 20) + " MB of data once decompressed: stopped");
  }
}
