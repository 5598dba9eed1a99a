package org.mizan.quotes;

import static org.mizan.quotes.TestMentions.persons;
import org.junit.jupiter.api.Test;

class ScratchQ28Test {
  @Test
  void dump() throws Exception {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of("/tmp/q28s/in.txt"));
    String[] names = java.nio.file.Files.readString(java.nio.file.Path.of("/tmp/q28s/names.txt")).strip().split("\n");
    for (Quote q : new QuoteExtractor().extract(text, persons(text, names))) {
      System.out.println("QQ " + q.kind() + " | " + TestMentions.speaker(q) + " | " + q.cue() + " | " + q.text());
    }
  }
}
