package org.mizan.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.entities.Mention;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.VerbForms;

/**
 * The persons the NER found in a document ({@code PER} mentions with their in-document canonical
 * name), offered to {@link QuoteExtractor} as speaker candidates: a person named in the subject
 * phrase of a reporting verb is its speaker ({@code وقال مدير المرصد … فلان الفلاني لوكالة …}),
 * even when the name-run rules read a title, an organisation or a name with a trailing word.
 */
final class MentionSpeakers {
  /** Words right before a name that make it an object, not the subject (قال لفلان، مع فلان). */
  private static final Set<String> OBJECT_MARKERS = Set.of("ل", "لـ", "مع", "عن", "الى", "إلى", "على", "لدى",
      "من", "بين", "ضد", "حول", "عند", "امام", "أمام", "و", "باسم");

  private static final Set<String> PRONOUNS = Set.of("انا", "نحن", "انت", "هو", "هي", "هم", "انه", "انها");
  private static final Set<String> CONNECTORS = Set.of("بن", "ابن", "بنت", "ابو", "ابي", "ال", "عبد", "بو", "ولد");

  private final String body;
  /** The body's tokens, cut once here and shared with the extraction that reads the same body. */
  private final List<org.mizan.text.Token> tokens;
  private final List<Mention> persons = new ArrayList<>();
  private final List<Mention> all;

  MentionSpeakers(String body, List<Mention> mentions) {
    this.body = body;
    this.tokens = org.mizan.text.Tokenizer.tokenize(body);
    this.all = NameEdges.completed(body, tokens, withoutPrepositionalEdges(body, withoutLeadingVerbs(body, mentions)));
    List<QuoteMarks.Span> quoted = mentions.isEmpty() ? List.of() : QuoteMarks.find(body);
    for (Mention m : merged(body, all)) {
      if ("PER".equals(m.type()) && (personName(name(m)) || particleEnded(body, m)) && !inside(quoted, m)) persons.add(m);
    }
  }

  /** The tokens of {@code text} when it is the body these speakers were read from (cut once), else cut now. */
  List<org.mizan.text.Token> tokensOf(String text) {
    return text.equals(body) ? tokens : org.mizan.text.Tokenizer.tokenize(text);
  }

  /**
   * Person mentions split by the tagger ({@code رامي} + {@code عبد الرحمن}) joined when only a space
   * parts them, unless the second was linked to another person's full name ({@code فلان الفلاني} +
   * {@code اليامي} → {@code مبارك اليامي}): then they are two people.
   */
  static List<Mention> merged(String body, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && "PER".equals(m.type()) && "PER".equals(last.type()) && m.start() > last.end()
          && body.substring(last.end(), m.start()).isBlank() && !linkedElsewhere(m)) {
        String text = body.substring(last.start(), m.end());
        out.set(out.size() - 1, new Mention(last.start(), m.end(), text, "PER", null, last.role(),
            name(last) + " " + name(m)));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Mentions whose name opens with a stance or reporting verb the tagger took for a given name
   * ({@code كما طالب أبو مرزوق …}: طالب "demanded", also a given name), and the short forms the
   * in-document linking resolved to it: the verb is dropped when the rest of the name (two words
   * or more) stands elsewhere in the text without it; the rest then resolves to the longest
   * person name that ends with it ({@code موسى أبو مرزوق}).
   */
  static List<Mention> withoutLeadingVerbs(String body, List<Mention> mentions) {
    java.util.Map<String, String> fixed = new java.util.HashMap<>();
    for (Mention m : mentions) {
      String c = name(m);
      if (!"PER".equals(m.type()) || fixed.containsKey(c)) continue;
      String[] w = c.strip().split("\\s+");
      if (w.length < 3) continue;
      String first = ArabicNormalization.normalize(w[0]);
      boolean verb = SpeakerPhrases.STANCE_VERBS.contains(first) || ReportingVerbs.standard().lookup(first) != null;
      String rest = c.strip().substring(w[0].length()).strip();
      if (!verb || !standsAlone(body, w[0], rest)) continue;
      String longest = rest;
      String restNorm = ArabicNormalization.normalize(rest);
      for (Mention o : mentions) {
        String oc = name(o).strip();
        String on = ArabicNormalization.normalize(oc);
        if ("PER".equals(o.type()) && on.endsWith(" " + restNorm) && !oc.equals(c) && oc.length() > longest.length()
            && !ArabicNormalization.normalize(oc.split("\\s+")[0]).equals(first)) {
          longest = oc;
        }
      }
      fixed.put(c, longest);
    }
    if (fixed.isEmpty()) return mentions;
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      String to = fixed.get(name(m));
      if (to == null) {
        out.add(m);
        continue;
      }
      String text = m.text();
      int start = m.start();
      String[] tw = text.strip().split("\\s+");
      if (tw.length >= 3 && ArabicNormalization.normalize(name(m).split("\\s+")[0]).equals(ArabicNormalization.normalize(tw[0]))) {
        int cut = text.indexOf(tw[1]);
        start += cut;
        text = text.substring(cut);
      }
      out.add(new Mention(start, m.end(), text, m.type(), m.entityId(), m.role(), to));
    }
    return out;
  }

  /**
   * Person mentions the tagger ran into a prepositional word, trimmed: a first word in لل ({@code
   * لليونيسكو فلانة الفلانية}: "of UNESCO", no name opens so) and a last word in بـ/لـ after a name the
   * text gives elsewhere on its own ({@code فلان بمواقف} "praised with the stances of", when {@code
   * فلان} ends another person mention or is one); and a last word that is a speech with a pronoun
   * ({@code فلان الفلاني حديثه}: the object of {@code وواصل}).
   */
  static List<Mention> withoutPrepositionalEdges(String body, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      String text = m.text();
      int start = m.start();
      int end = m.end();
      String[] w = text.strip().split("\\s+");
      if (!"PER".equals(m.type()) || w.length < 2) {
        out.add(m);
        continue;
      }
      String first = ArabicNormalization.normalize(w[0]);
      if (w.length >= 3 && first.startsWith("لل") && first.length() > 4) {
        int cut = text.indexOf(w[1], text.indexOf(w[0]) + w[0].length());
        start += cut;
        text = text.substring(cut);
        w = java.util.Arrays.copyOfRange(w, 1, w.length);
      }
      String last = ArabicNormalization.normalize(w[w.length - 1]);
      if (last.length() > 4 && (last.startsWith("ب") || last.startsWith("ل")) && !CONNECTORS.contains(last)) {
        String rest = text.substring(0, text.lastIndexOf(w[w.length - 1])).strip();
        if (namedAlone(body, mentions, m, rest)) {
          end = start + text.indexOf(rest) + rest.length();
          text = body.substring(start, end);
        }
      }
      if (org.mizan.text.SpeechObjects.isObject(ArabicNormalization.normalize(w[w.length - 1]))) {
        // فلان الفلاني حديثه: the object of the verb before the name (وواصل …), never a name's last word
        String rest = text.substring(0, text.lastIndexOf(w[w.length - 1])).strip();
        end = start + text.indexOf(rest) + rest.length();
        text = body.substring(start, end);
      }
      if (start == m.start() && end == m.end()) {
        out.add(m);
        continue;
      }
      // a canonical name the linking gave that holds the trimmed word is trimmed with it
      String cn = ArabicNormalization.normalize(name(m));
      String canonical = cn.equals(ArabicNormalization.normalize(m.text().strip())) || cn.startsWith(first) || cn.endsWith(last)
          ? text : name(m).strip();
      out.add(new Mention(start, end, text, m.type(), m.entityId(), m.role(), canonical));
    }
    return out;
  }

  /** Another person mention is {@code rest} or ends with it: the name stands without the trailing word. */
  private static boolean namedAlone(String body, List<Mention> mentions, Mention self, String rest) {
    String r = ArabicNormalization.normalize(rest);
    for (Mention o : mentions) {
      if (o == self || !"PER".equals(o.type())) continue;
      String on = ArabicNormalization.normalize(o.text().strip());
      if (on.equals(r) || on.endsWith(" " + r)) return true;
    }
    return false;
  }

  /** The rest of a name occurs in the body at least once not right after the given first word. */
  private static boolean standsAlone(String body, String first, String rest) {
    for (int at = body.indexOf(rest); at >= 0; at = body.indexOf(rest, at + 1)) {
      String before = body.substring(Math.max(0, at - first.length() - 1), at).strip();
      if (!before.equals(first)) return true;
    }
    return false;
  }

  /** True when a title word or the NER's role stands right before the mention ({@code السفير فلان}). */
  boolean titled(Mention m) {
    String before = body.substring(Math.max(0, m.start() - 20), m.start()).strip();
    String[] w = before.split("\\s+");
    if (w.length == 0 || w[w.length - 1].isEmpty()) return false;
    if (w.length > 1 && OBJECT_MARKERS.contains(ArabicNormalization.normalize(w[w.length - 2]))) return false;
    String k = ArabicNormalization.normalize(w[w.length - 1]);
    if (k.startsWith("ال")) k = k.substring(2);
    return SpeakerPhrases.TITLES.contains(k);
  }

  /**
   * A name the NER may be trusted with: two words or more, no role or description word in it
   * ({@code مصدر عسكري}, {@code فريق الخبراء}), no pronoun or verb ({@code وسأستخرج كامل}), not cut
   * after a connector ({@code محمد بن}), no لل- word after the first ({@code العلي للوزير}: to the minister).
   */
  static boolean personName(String name) {
    List<org.mizan.text.Token> words = org.mizan.text.Tokenizer.tokenize(name);
    if (words.size() < 2) return false;
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).norm().startsWith("لل")) return false; // العلي للوزير: a name, then the one addressed
    }
    for (int i = 0; i < words.size(); i++) {
      org.mizan.text.Token w = words.get(i);
      String k = SpeakerPhrases.key(w);
      boolean stop = SpeakerPhrases.STOP.contains(w.norm()) && !SpeakerPhrases.printedAli(w);
      if (SpeakerPhrases.isRoleWord(k) && !afterConnector(words, i) && !innerHonorific(words, i) || stop || PRONOUNS.contains(w.norm())
          || VerbForms.isListedVerb(w.norm())) {
        return false;
      }
    }
    String last = words.get(words.size() - 1).norm();
    // مندوب مصر الدائم: "permanent" closes a title (a country's permanent envoy), never a name
    return !CONNECTORS.contains(last) && !last.equals("الدايم") && !last.equals("الدايمه");
  }

  /**
   * A tagged name of two words whose second is a one- or two-letter function word right before a
   * comma ({@code إيدوين لو، نائب الرئيس}): a foreign family name (Lo, Li, Ma); the particle itself
   * ("if", "to me") never stands before the comma that opens an apposition.
   */
  static boolean particleEnded(String body, Mention m) {
    List<org.mizan.text.Token> words = org.mizan.text.Tokenizer.tokenize(name(m));
    if (words.size() != 2 || !m.text().strip().equals(name(m).strip())) return false;
    String last = words.get(1).norm();
    org.mizan.text.Token first = words.get(0);
    if (last.length() > 2 || !SpeakerPhrases.STOP.contains(last) || SpeakerPhrases.STOP.contains(first.norm())
        || SpeakerPhrases.isRoleWord(SpeakerPhrases.key(first)) || VerbForms.isListedVerb(first.norm())) {
      return false;
    }
    String after = body.substring(m.end(), Math.min(body.length(), m.end() + 2)).strip();
    return after.startsWith("،") || after.startsWith(",");
  }

  /**
   * The word at {@code i} is the second part of a compound name opened by عبد ({@code عبد الأمير},
   * {@code عبد الملك}, {@code عبد السلطان}): a name, though the word alone is a title.
   */
  static boolean afterAbd(List<org.mizan.text.Token> words, int i) {
    return i > 0 && words.get(i - 1).norm().equals("عبد") && words.get(i).norm().startsWith("ال");
  }

  /** Honorifics that are also inner parts of names ({@code حسن شيخ محمود}, {@code محمد سيد أحمد}). */
  private static final Set<String> NAME_HONORIFICS = Set.of("شيخ", "سيد");

  /** A title word in ال after a connector inside a name ({@code ولد الشيخ أحمد}, {@code عبد الأمير}). */
  static boolean afterConnector(List<org.mizan.text.Token> words, int i) {
    return afterAbd(words, i)
        || i > 0 && i + 1 < words.size() && CONNECTORS.contains(words.get(i - 1).norm()) && words.get(i).norm().startsWith("ال");
  }

  /**
   * A bare {@code شيخ}/{@code سيد} between two words of a name ({@code حسن شيخ محمود}); not before
   * a definite word, which it would govern as a title ({@code فلان شيخ القبيلة}).
   */
  static boolean innerHonorific(List<org.mizan.text.Token> words, int i) {
    return i > 0 && i + 1 < words.size() && NAME_HONORIFICS.contains(words.get(i).norm())
        && !SpeakerPhrases.definite(words.get(i + 1));
  }

  private static boolean inside(List<QuoteMarks.Span> quoted, Mention m) {
    for (QuoteMarks.Span q : quoted) {
      if (m.start() >= q.start() && m.end() <= q.end() && q.end() - q.start() > m.end() - m.start() + 2) return true;
    }
    return false;
  }

  static MentionSpeakers none(String body) {
    return new MentionSpeakers(body, List.of());
  }

  /**
   * Whether the title nearest before a name carries a preposition ({@code مستشارون للرئيس الأميركي
   * فلان}, {@code قال لوزير …}): the person is then the one the subject belongs to or speaks to, not
   * the subject. Adjectives between the title and the name ({@code الأميركي}) are skipped.
   */
  static boolean titleWithPreposition(String before) {
    String[] w = before.strip().split("\\s+");
    for (int i = w.length - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
      String k = ArabicNormalization.normalize(w[i]);
      if (k.isEmpty()) return false;
      String bare = k.startsWith("ال") ? k.substring(2) : k;
      if (SpeakerPhrases.TITLES.contains(bare)) return false; // the governing title has no preposition
      for (String p : new String[] {"لل", "بال", "ل", "ب"}) {
        if (k.startsWith(p) && k.length() > p.length() + 2 && SpeakerPhrases.TITLES.contains(k.substring(p.length()))) return true;
      }
    }
    return false;
  }

  /** Multi-word person names of the document (full names), for short-form resolution. */
  List<String> fullNames() {
    List<String> out = new ArrayList<>();
    for (Mention m : persons) {
      String c = name(m);
      out.add(c);
    }
    return out;
  }

  /**
   * The first person mention starting in {@code [from, to)} that is not an object (a name glued to
   * ل، بـ, or after مع، عن …), or null. {@code to} should end before the content (quote or إن).
   */
  Mention subject(int from, int to) {
    for (Mention m : persons) {
      if (m.start() < from || m.start() >= to || m.end() > to) continue;
      String first = ArabicNormalization.normalize(m.text().strip().split("\\s+")[0]);
      String canonFirst = ArabicNormalization.normalize(name(m).split("\\s+")[0]);
      boolean patronymic = first.equals("بن") || first.equals("بنت"); // بن فلان: a name, not ب + a name
      if (!first.equals(canonFirst) && !patronymic && (first.startsWith("ل") || first.startsWith("ب"))) continue; // لفلان
      String before = body.substring(Math.max(from, m.start() - 12), m.start()).strip();
      String[] words = before.split("\\s+");
      String prev = words.length == 0 ? "" : ArabicNormalization.normalize(words[words.length - 1]);
      if (OBJECT_MARKERS.contains(prev) && !before.isEmpty()) continue;
      if (before.endsWith("(") || before.endsWith("،") && m.start() - from > 40) continue;
      if (titleWithPreposition(body.substring(Math.max(from, m.start() - 40), m.start()))) continue;
      return head(m, to);
    }
    return null;
  }

  /**
   * The first person mention the NER tagged in {@code [from, to)}, trusted or not ({@code بان كي
   * مون} holds a function word), that is no object (not glued to ل/ب, not after مع، عن …) and
   * holds no role word; or null. For a phrase a title opens, where the name is expected.
   */
  Mention taggedSubject(int from, int to) {
    for (Mention m : merged(body, all)) {
      if (!"PER".equals(m.type()) || m.start() < from || m.start() >= to || m.end() > to) continue;
      if (object(m, from)) return null;
      List<org.mizan.text.Token> words = org.mizan.text.Tokenizer.tokenize(m.text());
      for (int i = 0; i < words.size(); i++) {
        org.mizan.text.Token w = words.get(i);
        if (SpeakerPhrases.isRoleWord(SpeakerPhrases.key(w)) && !afterAbd(words, i) || VerbForms.isListedVerb(w.norm())) return null;
      }
      return m;
    }
    return null;
  }

  /** The offset in {@code phrase} just past the last person mention printed in it, or -1. */
  int personEndIn(String phrase) {
    int end = -1;
    for (Mention m : persons) {
      String n = m.text().strip();
      int at = n.isEmpty() ? -1 : phrase.lastIndexOf(n);
      if (at >= 0) end = Math.max(end, at + n.length());
    }
    return end;
  }

  /** The offset in {@code phrase} where the last person mention printed in it starts, or -1. */
  int personStartIn(String phrase) {
    int start = -1;
    for (Mention m : persons) {
      String n = m.text().strip();
      int at = n.isEmpty() ? -1 : phrase.lastIndexOf(n);
      if (at > start) start = at;
    }
    return start;
  }

  /** True when the NER tagged a person of two words or more with exactly this name. */
  boolean namesPerson(String phrase) {
    String p = ArabicNormalization.normalize(phrase).strip();
    if (!p.contains(" ")) return false;
    for (Mention m : all) {
      if ("PER".equals(m.type()) && ArabicNormalization.normalize(name(m)).strip().equals(p)) return true;
    }
    return false;
  }

  /** {@code مستشار فلان الدكتور علان}: a person right after another one in the same phrase is its head. */
  private Mention head(Mention m, int to) {
    for (Mention n : persons) {
      if (n.start() < m.end() || n.end() > to) continue;
      String gap = body.substring(m.end(), n.start());
      String g = gap.strip();
      if (gap.contains("،") || gap.contains(",") || gap.contains("\n") || g.startsWith("و") && !g.isEmpty()
          || g.split("\\s+").length > 3 || titleWithPreposition(gap)) {
        return m; // فلان للرئيس الروسي علان: the second is the one spoken to
      }
      return head(n, to);
    }
    return m;
  }

  /** The trusted person mentions ending before {@code pos}, in text order. */
  List<Mention> before(int pos) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : persons) if (m.end() <= pos) out.add(m);
    return out;
  }

  /** The last trusted person mention ending before {@code pos}, or null. */
  Mention lastBefore(int pos) {
    Mention last = null;
    for (Mention m : persons) if (m.end() <= pos) last = m;
    return last;
  }

  /**
   * True when {@code word} (matching form) stands right after a person mention somewhere in the
   * text ({@code غبيرداو غوستاف} + {@code كام}): the family name the tagger cut off, so the word alone
   * ({@code وقال كام}) names that person: the mention's name with the word, or null.
   */
  String followsAPerson(String word) {
    for (Mention m : all) {
      if (!"PER".equals(m.type()) || m.end() + 1 >= body.length() || body.charAt(m.end()) != ' ') continue;
      int e = m.end() + 1;
      while (e < body.length() && Character.isLetter(body.charAt(e))) e++;
      if (ArabicNormalization.normalize(body.substring(m.end() + 1, e)).equals(word)) {
        return name(m) + " " + body.substring(m.end() + 1, e);
      }
    }
    return null;
  }

  /** True when a trusted person mention overlaps {@code [start, end)}. */
  boolean covers(int start, int end) {
    for (Mention m : persons) if (m.overlaps(start, end)) return true;
    return false;
  }

  /** The type of a mention covering all of {@code [start, end)}, or null when none does. */
  String typeCovering(int start, int end) {
    for (Mention m : all) if (m.start() <= start && m.end() >= end) return m.type();
    return null;
  }

  /** The type of the first mention overlapping {@code [start, end)} (PER first), or null when the NER saw none. */
  String typeAt(int start, int end) {
    String type = null;
    for (Mention m : all) {
      if (!m.overlaps(start, end)) continue;
      if ("PER".equals(m.type())) return "PER";
      if (type == null) type = m.type();
    }
    return type;
  }

  /**
   * The end of the first organisation mention that starts in {@code [from, to)} with nothing but
   * words between {@code from} and it ({@code الأمانة العامة} + {@code منظمة التعاون …}), or -1.
   */
  int organisationEnd(int from, int to) {
    for (Mention m : all) {
      if (!"ORG".equals(m.type()) || m.start() < from || m.start() >= to) continue;
      String gap = body.substring(from, m.start());
      return gap.matches("[^،,.:\"«»“”\n]*") ? m.end() : -1;
    }
    return -1;
  }

  /** True when the document has NER output at all (plain-text callers pass none). */
  boolean tagged() {
    return !all.isEmpty();
  }

  static String name(Mention m) {
    return m.canonical() != null && !m.canonical().isBlank() ? m.canonical() : m.text();
  }

  /** The mention stands for another name than the one printed (اليامي linked to مبارك اليامي). */
  static boolean linkedElsewhere(Mention m) {
    return !ArabicNormalization.normalize(name(m)).equals(ArabicNormalization.normalize(m.text().strip()));
  }

  /** True when one NER mention (a person, place or organisation) spans the whole text from {@code from} to {@code to}. */
  boolean namesWhole(int from, int to) {
    for (Mention m : all) {
      if (m.start() <= from && m.end() >= to) return true;
    }
    return false;
  }

  /**
   * How many trusted person mentions in {@code [from, to)} name someone other than {@code speaker}
   * (neither part of its name nor containing it), outside the statements already reported
   * ({@code reported}: a person the speaker talks about is no new speaker) and not an object
   * ({@code يضيف إليهم فلان}, {@code مع فلان}, {@code لفلان}).
   */
  int othersBetween(int from, int to, String speaker, List<Quote> reported) {
    int n = 0;
    String sp = speaker == null ? "" : ArabicNormalization.normalize(speaker);
    for (Mention m : persons) {
      if (m.start() < from || m.end() > to) continue;
      String nm = ArabicNormalization.normalize(name(m));
      if (!sp.isEmpty() && (sp.contains(nm) || nm.contains(sp))) continue;
      boolean inside = false;
      for (Quote q : reported) inside |= q.start() <= m.start() && m.end() <= q.end();
      if (!inside && !object(m, from)) n++;
    }
    return n;
  }

  /** A mention glued to ل/ب or right after a preposition (with or without a pronoun): an object. */
  private boolean object(Mention m, int from) {
    String first = ArabicNormalization.normalize(m.text().strip().split("\\s+")[0]);
    String canonFirst = ArabicNormalization.normalize(name(m).split("\\s+")[0]);
    if (!first.equals(canonFirst) && (first.startsWith("ل") || first.startsWith("ب"))) return true;
    String before = body.substring(Math.max(from, m.start() - 12), m.start()).strip();
    if (before.isEmpty()) return false;
    String[] words = before.split("\\s+");
    String prev = ArabicNormalization.normalize(words[words.length - 1]);
    return OBJECT_MARKERS.contains(prev) || QuoteWords.PRONOUN_PREPOSITIONS.contains(prev);
  }
}
