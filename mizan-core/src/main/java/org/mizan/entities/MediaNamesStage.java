package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.media}: an outlet named after a media noun ({@code وكالة فرانس برس}, {@code صحيفة
 * نيويورك تايمز}, {@code قناة فوكس نيوز}) is the name after the noun: outlets print the noun or leave it
 * out, and both must give one entity. The noun stays when it is part of the name: before a definite
 * word or a generic noun ({@code وكالة الأنباء السعودية}, {@code وكالة أنباء فارس}), before a place
 * alone ({@code تلفزيون دبي}), before one word that is also a given name ({@code وكالة فارس}), or when
 * an adjective closes the name ({@code إذاعة فرنسا الدولية}). An acronym cut after its first spelled
 * letter gets it back ({@code اي} + {@code بي سي نيوز}). A place name printed in quote marks right
 * after a media noun or the preposition ل ({@code صحيفة «X»}, {@code قال لـ«X»}: one speaks to a
 * newspaper, not to a region) is the outlet named after it, an organisation. An outlet the tagger
 * missed altogether is the name right after a media noun: the words in quote marks, parentheses or
 * slashes ({@code صحيفة «X Y»}, {@code وكالة (X)}, {@code صحيفة /X Y/}, up to four words; pieces the
 * tagger cut inside the marks give way to the whole), a platform too short to tag alone
 * ({@code منصة إكس}, {@code platform-names.txt}), or one or two words shaped like a
 * transliterated name ({@code وكالة X الكورية}) when no mention touches them. A news agency named
 * after a place ({@code وكالة X للأنباء}) makes the place X printed alone in that document the agency.
 */
public final class MediaNamesStage implements DocumentStage {
  /** Media nouns, indefinite, in matching form (شبكة is left out: it also heads armed groups' names). */
  private static final Set<String> MEDIA_NOUNS = Set.of("وكاله", "صحيفه", "جريده", "مجله", "قناه", "تلفزيون",
      "اذاعه", "موقع", "منصه", "تطبيق");
  /** Generic nouns that make the media noun part of the name (وكالة أنباء X). */
  private static final Set<String> GENERIC = Set.of("انباء", "اخبار", "صحافه", "اعلام", "تلفزيون", "اذاعه");

  @Override
  public String name() {
    return "entities.media";
  }

  @Override
  public Document apply(Document doc) {
    List<Mention> out = null;
    for (int k = 0; k < doc.mentions().size(); k++) {
      Mention m = doc.mentions().get(k);
      Mention named = null;
      if (m.type().equals("ORG")) {
        Mention outlet = outletName(m);
        Mention lettered = withLeadingLetter(doc.body(), outlet == null ? m : outlet);
        if (lettered != m) named = lettered;
      } else if (m.type().equals("LOC") && isQuotedOutlet(doc.body(), m)) {
        named = new Mention(m.start(), m.end(), m.text(), "ORG", m.entityId(), m.role(), m.canonical());
      }
      if (named == null) continue;
      if (out == null) out = new ArrayList<>(doc.mentions());
      out.set(k, named);
    }
    List<Mention> agencies = placesNamingAnAgency(out == null ? doc.mentions() : out);
    if (agencies != null) out = agencies;
    List<Mention> missed = untaggedOutlets(doc.body(), out == null ? doc.mentions() : out);
    if (!missed.isEmpty()) {
      if (out == null) out = new ArrayList<>(doc.mentions());
      // pieces of a quoted name the tagger cut (صحيفة «X Y» with X alone) give way to the whole name
      out.removeIf(m -> missed.stream().anyMatch(f -> f.start() <= m.start() && m.end() <= f.end()));
      out.addAll(missed);
      out.sort(java.util.Comparator.comparingInt(Mention::start));
    }
    return out == null ? doc : doc.withMentions(out);
  }

  /**
   * A news agency named after a region ({@code وكالة X}, X also a place) is cited by X alone further on
   * ({@code وأوضحت X}): in a document that prints {@code وكالة X} as an organisation, a place mention
   * printed X is the agency. Other media nouns are left out: a newspaper named after its city
   * ({@code صحيفة الرياض}) shares documents with the city. Null when nothing changes.
   */
  static List<Mention> placesNamingAnAgency(List<Mention> mentions) {
    java.util.Map<String, Integer> agencies = new java.util.HashMap<>(); // X -> index of وكالة X
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (!m.type().equals("ORG")) continue;
      List<Token> w = Tokenizer.tokenize(m.text());
      if (w.size() < 2 || !w.get(0).isArabic() || !isAgencyNoun(w.get(0).norm())) continue;
      int end = w.size();
      // the full name closes with "for news" (وكالة X للأنباء)
      if (end > 2 && w.get(end - 1).norm().equals("للانباء")) end--;
      if (end == 2) agencies.putIfAbsent(NameForms.key(w.get(1).text()), k);
    }
    if (agencies.isEmpty()) return null;
    List<Mention> out = null;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Integer a = m.type().equals("LOC") ? agencies.get(NameForms.key(m.text())) : null;
      if (a == null) continue;
      if (out == null) out = new ArrayList<>(mentions);
      out.set(k, new Mention(m.start(), m.end(), m.text(), "ORG", m.entityId(), m.role(), m.canonical()));
      // the agency is then named X too, as outlets named by a plain word are, so both are one entity
      Mention ag = mentions.get(a);
      Token x = Tokenizer.tokenize(ag.text()).get(1);
      out.set(a, ag.withSpan(ag.start() + x.start(), ag.start() + x.end(), x.text()));
    }
    return out;
  }

  private static boolean isAgencyNoun(String norm) {
    for (String v : Clitics.variants(norm)) if (v.equals("وكاله")) return true;
    return false;
  }

  /** Maximum words of an outlet's name in quote marks. */
  private static final int MAX_QUOTED_WORDS = 4;

  /** Outlets no mention covers, named right after a media noun (see the class comment). */
  static List<Mention> untaggedOutlets(String body, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    List<Token> toks = null;
    for (int i = 0; ; i++) {
      if (toks == null) {
        if (!containsMediaNoun(body)) return out;
        toks = Tokenizer.tokenize(body);
      }
      if (i + 1 >= toks.size()) return out;
      Token t = toks.get(i);
      if (!t.isArabic() || !isIndefiniteMediaNoun(t.norm())) continue;
      Token next = toks.get(i + 1);
      String gap = body.substring(t.end(), next.start());
      String opener = gap.strip();
      Mention found = null;
      if (opener.length() == 1 && (OPEN_QUOTES.indexOf(opener.charAt(0)) >= 0 || opener.charAt(0) == '(' || opener.charAt(0) == '/')) {
        char close = opener.charAt(0) == '(' ? ')' : opener.charAt(0) == '/' ? '/' : 0;
        int j = i + 1;
        while (j < toks.size() && j - i <= MAX_QUOTED_WORDS && toks.get(j).isArabic()) {
          String after = body.substring(toks.get(j).end(), j + 1 < toks.size() ? toks.get(j + 1).start() : body.length()).strip();
          if (!after.isEmpty()) {
            boolean closes = close != 0 ? after.charAt(0) == close : CLOSE_QUOTES.indexOf(after.charAt(0)) >= 0;
            if (closes) {
              Mention q = span(body, next.start(), toks.get(j).end());
              // the tagger's pieces inside the quote marks are replaced; a mention running out of them is not
              if (mentions.stream().noneMatch(m -> m.overlaps(q.start(), q.end()) && (m.start() < q.start() || m.end() > q.end()))) {
                out.add(q);
              }
            }
            break;
          }
          j++;
        }
      } else if (gap.isBlank() && EntityLexicon.PLATFORM_NAMES.contains(next.norm())) {
        found = span(body, next.start(), next.end()); // منصة إكس: a platform too short to tag alone
      } else if (gap.isBlank() && RoleStage.isForeignLooking(next) && !knownPlace(next.norm()) && !addressed(next.norm())) {
        int e = next.end();
        if (i + 2 < toks.size() && NameForms.nextWord(body, toks, i + 2) && RoleStage.isForeignLooking(toks.get(i + 2))
            && !knownPlace(toks.get(i + 2).norm())) {
          e = toks.get(i + 2).end();
        }
        found = span(body, next.start(), e);
      }
      if (found != null && !Mention.anyOverlaps(mentions, found.start(), found.end())) out.add(found);
    }
  }

  /** A known word with the pronoun "your" ({@code موقع هاتفك}: where your phone is). */
  private static boolean addressed(String norm) {
    return norm.length() > 3 && norm.endsWith("ك")
        && org.mizan.clean.Vocabulary.shipped().count(norm.substring(0, norm.length() - 1)) >= 20;
  }

  private static Mention span(String body, int s, int e) {
    return new Mention(s, e, body.substring(s, e), "ORG", null, null, null);
  }

  /** A place the gazetteer or the place list knows (قناة X may be a canal named after it). */
  private static boolean knownPlace(String norm) {
    return (NerModel.shipped().features().gazetteer().getOrDefault(norm, 0) & NerFeatures.LOC) != 0
        || "LOC".equals(EntityLexicon.TAGGED_NAMES.get(norm));
  }

  /** A cheap pre-check: the body prints one of the media nouns' stems. */
  private static boolean containsMediaNoun(String body) {
    return body.contains("وكال") || body.contains("صحيف") || body.contains("جريد") || body.contains("مجل")
        || body.contains("قنا") || body.contains("تلفزيون") || body.contains("اذاع") || body.contains("إذاع") || body.contains("موقع")
        || body.contains("منص") || body.contains("تطبيق");
  }

  /** The mention without its leading media noun, or null when the noun is part of the name. */
  static Mention outletName(Mention m) {
    List<Token> w = Tokenizer.tokenize(m.text());
    if (w.size() < 2 || !w.get(0).isArabic() || !isMediaNoun(w.get(0).norm())) return null;
    String next = w.get(1).norm();
    String last = w.get(w.size() - 1).norm();
    if (!w.get(1).isArabic() || next.startsWith("ال") || GENERIC.contains(next) || next.length() < 2) return null;
    if (w.size() > 2 && NameForms.isNisba(last) && last.startsWith("ال")) return null;
    // a one-word name that is also a given name (وكالة فارس) keeps the noun: alone it would join a person
    if (w.size() == 2 && NerModel.shipped().features().isPersonWord(next)) return null;
    String rest = m.text().substring(w.get(1).start());
    if ("LOC".equals(EntityLexicon.TAGGED_NAMES.get(NameForms.key(rest)))) return null;
    int s = m.start() + w.get(1).start();
    return m.withSpan(s, m.end(), rest);
  }

  /**
   * An acronym name cut after its first spelled letter ({@code اي} | {@code بي سي نيوز}): the letter
   * printed right before a name that opens with two spelled letters joins it.
   */
  static Mention withLeadingLetter(String body, Mention m) {
    List<Token> w = Tokenizer.tokenize(m.text());
    if (w.size() < 2 || !SpanRulesStage.isSpelledLetter(w.get(0).norm()) || !SpanRulesStage.isSpelledLetter(w.get(1).norm())) return m;
    int p = m.start() - 1;
    if (p < 1 || body.charAt(p) != ' ') return m;
    int e = p;
    while (p > 0 && Character.isLetter(body.charAt(p - 1))) p--;
    String prev = org.mizan.text.ArabicNormalization.normalize(body.substring(p, e));
    if (!prev.equals("اي") && !prev.equals("ايه")) return m;
    return m.withSpan(p, m.end(), body.substring(p, m.end()));
  }

  private static final String OPEN_QUOTES = "«\"“";
  private static final String CLOSE_QUOTES = "»\"”";

  /** A mention in quote marks after ل ({@code لـ«X»}) or after a media noun ({@code صحيفة «X»}). */
  static boolean isQuotedOutlet(String body, Mention m) {
    int s = m.start() - 1;
    if (s < 1 || m.end() >= body.length()) return false;
    if (OPEN_QUOTES.indexOf(body.charAt(s)) < 0 || CLOSE_QUOTES.indexOf(body.charAt(m.end())) < 0) return false;
    int p = s - 1;
    while (p >= 0 && body.charAt(p) == '\u0640') p--; // tatweel: لـ«
    if (p >= 0 && body.charAt(p) == 'ل' && (p == 0 || !Character.isLetter(body.charAt(p - 1)))) return true;
    if (p >= 0 && body.charAt(p) == 'ل' && p >= 1 && body.charAt(p - 1) == 'و' && (p == 1 || !Character.isLetter(body.charAt(p - 2)))) return true;
    while (p >= 0 && Character.isWhitespace(body.charAt(p))) p--;
    int e = p + 1;
    while (p >= 0 && Character.isLetter(body.charAt(p))) p--;
    if (e <= p + 1) return false;
    String word = org.mizan.text.ArabicNormalization.normalize(body.substring(p + 1, e));
    if (isMediaNoun(word)) return true;
    // a generic noun after the media noun (وكالة أنباء «X»)
    if (!GENERIC.contains(word)) return false;
    while (p >= 0 && Character.isWhitespace(body.charAt(p))) p--;
    e = p + 1;
    while (p >= 0 && Character.isLetter(body.charAt(p))) p--;
    return e > p + 1 && isMediaNoun(org.mizan.text.ArabicNormalization.normalize(body.substring(p + 1, e)));
  }

  /** A media noun without the article, a proclitic allowed ({@code لوكالة}; not {@code الصحيفة}). */
  private static boolean isIndefiniteMediaNoun(String norm) {
    if (MEDIA_NOUNS.contains(norm)) return true;
    for (int i = 1; i <= 2 && i < norm.length(); i++) {
      if ("وفبل".indexOf(norm.charAt(i - 1)) < 0) return false;
      if (MEDIA_NOUNS.contains(norm.substring(i))) return true;
    }
    return false;
  }

  private static boolean isMediaNoun(String norm) {
    for (String v : Clitics.variants(norm)) if (MEDIA_NOUNS.contains(v)) return true;
    return false;
  }
}
