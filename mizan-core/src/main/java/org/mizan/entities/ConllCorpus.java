package org.mizan.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads CoNLL-style NER files: one {@code token TAG} per line (space or tab), a blank line between
 * sentences, BIO tags. Tag types are mapped to Mizan's PER, ORG, LOC, MISC by a caller-given
 * function (returning null drops the entity to O).
 */
public final class ConllCorpus {
  private ConllCorpus() {}

  /** One sentence: its tokens and their BIO tags over PER, ORG, LOC, MISC. */
  public record Sentence(List<String> words, List<String> tags) {}

  /** ANERcorp's types: PERS becomes PER. */
  public static String anercorpType(String t) {
    return t.equals("PERS") ? "PER" : t;
  }

  /** AQMAR's types: PER, ORG, LOC; its MIS* variants become MISC. */
  public static String aqmarType(String t) {
    if (t.startsWith("MIS")) return "MISC";
    return switch (t) {
      case "PER", "ORG", "LOC" -> t;
      default -> null;
    };
  }

  public static List<Sentence> read(Path file, UnaryOperator<String> typeMap) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line = line.replace("\uFEFF", "").replace("\u200e", "").replace("\u200f", "").strip();
      if (line.isEmpty()) {
        flush(out, words, tags);
        continue;
      }
      int sp = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
      if (sp <= 0) continue;
      String word = line.substring(0, sp).strip();
      String tag = line.substring(sp + 1).strip();
      words.add(word);
      tags.add(mapTag(tag, typeMap));
    }
    flush(out, words, tags);
    return out;
  }

  private static String mapTag(String tag, UnaryOperator<String> typeMap) {
    if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')) return "O";
    String type = typeMap.apply(tag.substring(2));
    return type == null ? "O" : tag.charAt(0) + "-" + type;
  }

  private static void flush(List<Sentence> out, List<String> words, List<String> tags) {
    if (words.isEmpty()) return;
    out.add(new Sentence(List.copyOf(words), List.copyOf(tags)));
    words.clear();
    tags.clear();
  }
}
