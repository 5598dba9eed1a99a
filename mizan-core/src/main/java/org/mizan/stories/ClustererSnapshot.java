package org.mizan.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The bytes of a saved {@link StoryClusterer} (gzip): format number, its {@link StoryState}, its
 * clock, article count and run start, the copied-text index ({@link CopyLinks}) and the days each
 * term appeared on ({@link RecurringTerms}).
 *
 * @param recurring null when read from a format that did not keep it (the days are then counted afresh)
 */
record ClustererSnapshot(StoryState state, double latestHours, long added, double runEarliestHours, CopyLinks copies,
    RecurringTerms recurring) {

  /** 3 added the days each term appeared on, 2 the run's earliest publication time; 1 and 2 are still read. */
  static final int FORMAT = 3;

  /** Writes the snapshot; the caller's stream stays open. */
  void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream d = new DataOutputStream(gz);
    d.writeInt(FORMAT);
    byte[] st = state.toBytes();
    d.writeInt(st.length);
    d.write(st);
    d.writeDouble(latestHours);
    d.writeLong(added);
    d.writeDouble(runEarliestHours);
    copies.write(d);
    recurring.write(d);
    d.flush();
    gz.finish(); // the caller's stream stays open
  }

  /** A snapshot {@link #write} wrote (any format up to {@link #FORMAT}); {@code decorate} may wrap its state. */
  static ClustererSnapshot read(InputStream in, UnaryOperator<StoryState> decorate) throws IOException {
    DataInputStream d = new DataInputStream(new GZIPInputStream(in));
    int format = d.readInt();
    if (format < 1 || format > FORMAT) throw new IOException("story clusterer snapshot format " + format);
    byte[] st = new byte[d.readInt()];
    d.readFully(st);
    StoryState state = decorate.apply(StoryState.fromBytes(st));
    double latest = d.readDouble();
    long added = d.readLong();
    double runEarliest = format == 1 ? Double.NaN : d.readDouble(); // format 1 did not keep it
    CopyLinks copies = CopyLinks.read(d);
    RecurringTerms recurring = format >= 3 ? RecurringTerms.read(d) : null; // 1 and 2 did not keep it
    return new ClustererSnapshot(state, latest, added, runEarliest, copies, recurring);
  }
}
