package org.mizan.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.entities.Mention;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * A silver check of entity output over many articles: one name printed in many articles of a day
 * should get one type, one entity, and a mention wherever it is printed. {@link #add} takes analysed
 * documents (with their day, since entity ids are per run); {@link #forms} then tallies, per printed
 * name ({@link SurfaceForms#key}), the articles that tag it (by type and entity id) and those that
 * print it without a mention of it: missed (no mention there), cut (a mention of another extent
 * overlaps) or inside a longer name (not counted as printing it).
 */
final class EntityConsistency {
  /** How an article treats a name it prints. */
  enum Status { TAGGED, CUT, MISSED }

  /** One name across the articles: article counts per status, type and entity, with example contexts. */
  static final class Form {
    final String key;
    final Map<Status, Integer> status = new LinkedHashMap<>();
    final Map<String, Integer> types = new LinkedHashMap<>();
    final Map<String, Integer> ids = new LinkedHashMap<>();
    final Map<String, String> examples = new LinkedHashMap<>();

    Form(String key) {
      this.key = key;
    }

    int count(Status s) {
      return status.getOrDefault(s, 0);
    }

    int printed() {
      return count(Status.TAGGED) + count(Status.CUT) + count(Status.MISSED);
    }

    double taggedShare() {
      return printed() == 0 ? 0 : count(Status.TAGGED) / (double) printed();
    }

    /** Tagged articles whose type is not the name's most frequent one. */
    int minorityType() {
      return count(Status.TAGGED) - types.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * Tagged articles whose entity is not the name's most frequent one among the articles of the same
     * day and type (a type conflict is counted once, by {@link #minorityType}).
     */
    int minorityEntity() {
      Map<String, Integer> best = new HashMap<>();
      int total = 0;
      for (Map.Entry<String, Integer> e : ids.entrySet()) {
        String dayType = e.getKey().substring(0, e.getKey().lastIndexOf('|'));
        best.merge(dayType, e.getValue(), Math::max);
        total += e.getValue();
      }
      return total - best.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void example(String label, String context) {
      if (examples.size() < 8) examples.putIfAbsent(label, context);
    }
  }

  private record Doc(String day, String id, String body, List<Mention> mentions, List<String> keys) {}

  private final List<Doc> docs = new ArrayList<>();
  private java.util.function.Consumer<String> occurrences = line -> {};

  /** Also hands every classified printing to {@code sink} as "key TAB status TAB type TAB context" (for reading). */
  void dumpTo(java.util.function.Consumer<String> sink) {
    occurrences = sink;
  }

  /** Adds an analysed, linked document of {@code day}. */
  void add(String day, String id, Document d) {
    List<String> keys = new ArrayList<>();
    for (Mention m : d.mentions()) keys.add(SurfaceForms.key(m.text()));
    docs.add(new Doc(day, id, d.body(), d.mentions(), keys));
  }

  int documents() {
    return docs.size();
  }

  /** Every name tagged at least once, with its tallies over every added article. */
  Map<String, Form> forms() {
    Map<String, Integer> tagged = new HashMap<>();
    for (Doc d : docs) for (String k : new java.util.HashSet<>(d.keys)) if (!k.isEmpty()) tagged.merge(k, 1, Integer::sum);
    Map<String, String> fold = folds(tagged);
    Map<String, Form> forms = new LinkedHashMap<>();
    for (Doc d : docs) tally(d, tagged, fold, forms);
    return forms;
  }

  /** Keys printed with a one-letter proclitic that the tagger kept ({@code بايران}) read as the bare key. */
  private static Map<String, String> folds(Map<String, Integer> tagged) {
    Map<String, String> fold = new HashMap<>();
    for (String k : tagged.keySet()) {
      String to = k;
      for (String r : SurfaceForms.firstWordReadings(k.split(" ", 2)[0])) {
        String candidate = k.contains(" ") ? r + k.substring(k.indexOf(' ')) : r;
        if (!candidate.equals(k) && tagged.getOrDefault(candidate, 0) > tagged.get(k)) to = candidate;
      }
      if (!to.equals(k)) fold.put(k, to);
    }
    return fold;
  }

  private void tally(Doc d, Map<String, Integer> tagged, Map<String, String> fold, Map<String, Form> forms) {
    Map<String, Status> seen = new LinkedHashMap<>();
    Map<String, Integer> mentionOf = new LinkedHashMap<>();
    for (int i = 0; i < d.mentions.size(); i++) {
      String k = fold.getOrDefault(d.keys.get(i), d.keys.get(i));
      if (k.isEmpty()) continue;
      seen.put(k, Status.TAGGED);
      mentionOf.putIfAbsent(k, i);
    }
    List<Token> tokens = Tokenizer.tokenize(d.body);
    int i = 0;
    while (i < tokens.size()) {
      int[] match = longestMatch(d.body, tokens, i, tagged);
      if (match == null) {
        i++;
        continue;
      }
      String key = fold.getOrDefault(keyAt(tokens, i, match[0], match[1]), keyAt(tokens, i, match[0], match[1]));
      Status s = classify(d, key, tokens.get(i).start(), tokens.get(match[0]).end(), fold);
      if (s != null) {
        occurrences.accept(key + "\t" + s + "\t" + (s == Status.TAGGED ? typeOf(d, key, fold) : "-") + "\t"
            + overlapping(d, tokens.get(i).start(), tokens.get(match[0]).end()) + "\t"
            + context(d, tokens.get(i).start(), tokens.get(match[0]).end()));
      }
      if (s != null && !seen.containsKey(key)) {
        seen.put(key, s);
        forms.computeIfAbsent(key, Form::new).example(s.name(), context(d, tokens.get(i).start(), tokens.get(match[0]).end()));
      } else if (s == Status.CUT && seen.get(key) == Status.MISSED) {
        seen.put(key, s);
      }
      i = match[0] + 1;
    }
    for (Map.Entry<String, Status> e : seen.entrySet()) {
      Form f = forms.computeIfAbsent(e.getKey(), Form::new);
      f.status.merge(e.getValue(), 1, Integer::sum);
      if (e.getValue() != Status.TAGGED) continue;
      String type = typeOf(d, e.getKey(), fold);
      f.types.merge(type, 1, Integer::sum);
      Mention m = d.mentions.get(mentionOf.get(e.getKey()));
      f.ids.merge(d.day + "|" + type + "|" + m.entityId(), 1, Integer::sum);
      f.example(type, context(d, m.start(), m.end()));
    }
  }

  /** The end token and first-word reading of the longest tagged name starting at token i, or null. */
  private static int[] longestMatch(String body, List<Token> tokens, int i, Map<String, Integer> tagged) {
    int[] best = null;
    List<String> readings = SurfaceForms.firstWordReadings(tokens.get(i).norm());
    for (int r = 0; r < readings.size(); r++) {
      StringBuilder key = new StringBuilder(readings.get(r));
      for (int j = i; j < tokens.size() && j < i + SurfaceForms.MAX_WORDS; j++) {
        if (j > i) {
          if (!SurfaceForms.adjacent(body, tokens.get(j - 1), tokens.get(j))) break;
          key.append(' ').append(tokens.get(j).norm());
        }
        if (tagged.containsKey(key.toString()) && (best == null || j > best[0])) best = new int[] {j, r};
      }
    }
    return best;
  }

  private static String keyAt(List<Token> tokens, int i, int j, int reading) {
    StringBuilder key = new StringBuilder(SurfaceForms.firstWordReadings(tokens.get(i).norm()).get(reading));
    for (int k = i + 1; k <= j; k++) key.append(' ').append(tokens.get(k).norm());
    return key.toString();
  }

  /** TAGGED, CUT or MISSED for a printing of {@code key} at [start, end); null inside a longer mention. */
  private static Status classify(Doc d, String key, int start, int end, Map<String, String> fold) {
    Status s = Status.MISSED;
    for (int i = 0; i < d.mentions.size(); i++) {
      Mention m = d.mentions.get(i);
      if (!m.overlaps(start, end)) continue;
      if (fold.getOrDefault(d.keys.get(i), d.keys.get(i)).equals(key)) return Status.TAGGED;
      if (m.start() <= start && m.end() >= end) return null;
      s = Status.CUT;
    }
    return s;
  }

  /** The type most mentions of {@code key} in the document carry. */
  private static String typeOf(Doc d, String key, Map<String, String> fold) {
    Map<String, Integer> n = new HashMap<>();
    for (int i = 0; i < d.mentions.size(); i++) {
      if (fold.getOrDefault(d.keys.get(i), d.keys.get(i)).equals(key)) n.merge(d.mentions.get(i).type(), 1, Integer::sum);
    }
    return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
  }

  /** The mentions overlapping [start, end), as "type:text" joined by " | " (for reading cut printings). */
  private static String overlapping(Doc d, int start, int end) {
    List<String> out = new ArrayList<>();
    for (Mention m : d.mentions) if (m.overlaps(start, end)) out.add(m.type() + ":" + m.text());
    return String.join(" | ", out);
  }

  private static String context(Doc d, int start, int end) {
    int a = Math.max(0, start - 40);
    int b = Math.min(d.body.length(), end + 40);
    return d.id + ": " + (d.body.substring(a, start) + "[" + d.body.substring(start, end) + "]" + d.body.substring(end, b))
        .replace('\n', ' ');
  }
}
