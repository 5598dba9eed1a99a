package org.mizan.entities;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mizan.doc.Document;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.CorpusStage;
import org.mizan.text.ArabicNormalization;

/**
 * {@code entities.link}: merges the names of all documents into canonical {@link Entity}s and sets
 * {@link Mention#entityId()} on every mention. Names merge when they are the same after
 * normalization, spelling variants word by word ({@link NameVariants}), a lone surname (or the given
 * name of a nasab name, {@code الملك سلمان}) that fits exactly one full name of the run, a first and
 * last name that fit exactly one three-word name (or a four-word name without its {@code بن X}, a
 * three-word one without its compound given name), the first words of exactly one longer name, or an organisation without its scope adjective
 * ({@code مجلس الأمن} / {@code مجلس الأمن الدولي}). Full names are placed first, so {@code جورج بوش} and
 * {@code جورج كلوني} stay apart although their first names match.
 */
public final class LinkStage implements CorpusStage {
  @Override
  public String name() {
    return "entities.link";
  }

  /** One name within one document: what gets merged. */
  private record Local(int doc, String key, String canonical, int words, List<Mention> mentions, String type) {}

  static final class Group {
    final Map<String, Integer> types = new TreeMap<>();
    final Map<String, Integer> forms = new TreeMap<>(); // canonical spellings -> mentions
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    final Set<Integer> docs = new java.util.TreeSet<>();
    int mentions;
    String id;

    String type() {
      return PropagateStage.majority(types);
    }

    /** The longest, then most frequent, spelling. */
    String canonical() {
      return forms.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> NameForms.words(e.getKey()).size())
              .thenComparingInt(Map.Entry::getValue)
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .orElseThrow().getKey();
    }
  }

  @Override
  public Corpus apply(Corpus corpus) {
    List<Document> docs = unconjoined(corpus.documents());
    List<Local> locals = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      Map<String, List<Mention>> byKey = new TreeMap<>();
      for (Mention m : docs.get(d).mentions()) {
        String c = m.canonical() != null ? m.canonical() : m.text();
        byKey.computeIfAbsent(NameForms.key(c), k -> new ArrayList<>()).add(m);
      }
      for (var e : byKey.entrySet()) {
        if (e.getKey().isEmpty()) continue;
        Mention first = e.getValue().get(0);
        String c = first.canonical() != null ? first.canonical() : first.text();
        locals.add(new Local(d, e.getKey(), c, NameForms.nameWords(c).size(), e.getValue(), majorityType(e.getValue())));
      }
    }
    locals.sort(Comparator.comparingInt(Local::words).reversed()
        .thenComparing(Comparator.comparingInt((Local l) -> l.mentions().size()).reversed())
        .thenComparing(Local::key).thenComparingInt(Local::doc));
    List<Group> groups = new ArrayList<>();
    Map<String, Group> byKey = new HashMap<>();
    Map<String, Group> assigned = new HashMap<>(); // doc + key -> group
    Index index = new Index();
    Set<String> given = givenNames(locals);
    for (Local l : locals) {
      String type = l.type();
      // an outlet named after a place (لـ«X»: a newspaper) is not the place of the same name elsewhere
      String gk = type.equals("ORG") && isOutlet(docs.get(l.doc()).body(), l.mentions()) ? "ORG\t" + l.key() : l.key();
      // a given name alone (عبد الله, فهد) names a different person in each article unless it fits one full name
      boolean loneGiven = type.equals("PER") && l.words() == 1
          && given.contains(ArabicNormalization.normalize(NameForms.nameWords(l.canonical()).get(0)));
      // ... but a king is one man by his given name (الملك فهد in every article is the same king)
      if (loneGiven) gk = (monarch(l.mentions()) ? "king" : String.valueOf(l.doc())) + "\t" + gk;
      Group g = byKey.get(gk);
      String vote = null;
      if (g == null) {
        int d = l.doc();
        g = find(index, l, type, () -> docWords(docs.get(d)));
        // another article's: a lone given name is that article's guess (محمد, cut from محمد الجزائري, is not
        // أحمد محمد of another article), unless its own article named the person in full
        if (g != null && loneGiven && (NameForms.nameWords(g.canonical()).size() == 1 || !g.docs.contains(d))) g = null;
        if (g != null && !g.type().equals(type)) vote = g.type(); // a lone surname typed as a place votes with its person
      }
      if (g == null) {
        g = new Group();
        groups.add(g);
      }
      byKey.putIfAbsent(gk, g);
      add(g, l, vote);
      index.add(g, type, l.canonical());
      assigned.put(l.doc() + "\t" + l.key(), g);
    }
    assignIds(groups);
    List<Document> out = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      List<Mention> ms = new ArrayList<>();
      for (Mention m : docs.get(d).mentions()) {
        Group g = assigned.get(d + "\t" + NameForms.key(m.canonical() != null ? m.canonical() : m.text()));
        ms.add(g == null ? m : m.withEntityId(g.id));
      }
      out.add(docs.get(d).withMentions(ms));
    }
    List<Entity> entities = new ArrayList<>();
    for (Group g : groups) {
      String canonical = g.canonical();
      List<String> aliases = g.aliases.stream().filter(a -> !a.equals(canonical)).toList();
      List<String> docIds = g.docs.stream().map(i -> docs.get(i).id()).toList();
      entities.add(new Entity(g.id, canonical, g.type(), aliases, List.copyOf(g.roles), docIds, g.mentions));
    }
    entities.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::canonical));
    return corpus.withDocuments(out).withEntities(entities);
  }

  /**
   * Words the run's person names open with and (almost) never end with: given names. Counted over
   * the names of two or more words, once per article: at least twice first, at most a third as often
   * last. A father's name after بن ends a name without being a family name ({@code عبدالعزيز} of
   * {@code سلمان بن عبدالعزيز} is a given name too), so it does not count as last.
   */
  static Set<String> givenNames(List<Local> locals) {
    Map<String, int[]> seen = new HashMap<>();
    for (Local l : locals) {
      if (l.words() < 2 || !l.type().equals("PER")) continue;
      List<String> w = NameForms.nameWords(l.canonical());
      seen.computeIfAbsent(ArabicNormalization.normalize(w.get(0)), k -> new int[2])[0]++;
      int last = w.size() - 1;
      if (sonOf(w.get(last - 1))) continue; // بن عبدالعزيز: a father's name ends the name, no family name
      seen.computeIfAbsent(ArabicNormalization.normalize(w.get(last)), k -> new int[2])[1]++;
    }
    Set<String> out = new HashSet<>();
    for (var e : seen.entrySet()) if (e.getValue()[0] >= 2 && 3 * e.getValue()[1] <= e.getValue()[0]) out.add(e.getKey());
    return out;
  }

  private static boolean sonOf(String word) {
    return NASAB.contains(ArabicNormalization.normalize(word));
  }

  /** Mentions printed with a monarch's title alone ({@code الملك}, {@code العاهل}). */
  private static boolean monarch(List<Mention> ms) {
    for (Mention m : ms) {
      if (m.role() != null && MONARCHS.contains(ArabicNormalization.normalize(m.role().strip()))) return true;
    }
    return false;
  }

  private static final Set<String> MONARCHS = Set.of("الملك", "الملكه", "العاهل");

  /**
   * A lone given name stands for a nasab name ({@code الملك سلمان}, {@code الأمير فيصل} for {@code X بن Y …})
   * only under a title of a ruling house: {@code الملا عمر} or a plain {@code عمر} is another man than the one
   * {@code عمر بن محمد X} of the same run, whatever the count of such names.
   */
  private static boolean noble(List<Mention> ms) {
    for (Mention m : ms) {
      if (m.role() == null) continue;
      for (String w : ArabicNormalization.normalize(m.role()).split("\\s+")) if (NOBLE.contains(w)) return true;
    }
    return false;
  }

  private static final Set<String> NOBLE = Set.of("الملك", "الملكه", "العاهل", "الامير", "الاميره", "السلطان",
      "الشيخ", "الشيخه", "سمو", "السمو");

  private static boolean isOutlet(String body, List<Mention> ms) {
    for (Mention m : ms) if (MediaNamesStage.isQuotedOutlet(body, m)) return true;
    return false;
  }

  private static String majorityType(List<Mention> ms) {
    Map<String, Integer> v = new HashMap<>();
    for (Mention m : ms) v.merge(m.type(), 1, Integer::sum);
    return PropagateStage.majority(v);
  }

  /** Candidate lookup: groups by type and spelling key, and persons by surname key. */
  private static final class Index {
    final Map<String, List<Group>> bySpelling = new HashMap<>();
    final Map<String, List<Group>> bySurname = new HashMap<>();
    final Map<String, List<Group>> byHead = new HashMap<>(); // persons of 4+ words by their first words
    final Map<String, List<Group>> byOrgName = new HashMap<>(); // organisations by a proper first word
    final Map<String, List<Group>> byOrgShort = new HashMap<>(); // organisations by a short form (see shortForm)


    void add(Group g, String type, String form) {
      List<Group> l = bySpelling.computeIfAbsent(type + "\t" + NameVariants.blockKey(form), k -> new ArrayList<>());
      if (!l.contains(g)) l.add(g);
      List<String> w = NameForms.nameWords(form);
      if (type.equals("ORG") && w.size() >= 2 && properOrgWord(w.get(0))) {
        List<Group> o = byOrgName.computeIfAbsent(NameVariants.blockKey(w.get(0)), k -> new ArrayList<>());
        if (!o.contains(g)) o.add(g);
      }
      String shortForm = type.equals("ORG") ? shortForm(w) : null;
      if (shortForm != null) {
        List<Group> o = byOrgShort.computeIfAbsent(NameVariants.blockKey(shortForm), k -> new ArrayList<>());
        if (!o.contains(g)) o.add(g);
      }
      if (!type.equals("PER") || w.size() < 2) return;
      // the name without its last word (4+ words), and a nasab name cut before a بن / آل link
      for (int k = 3; k < w.size(); k++) {
        if (k != w.size() - 1 && !NASAB.contains(w.get(k)) && !w.get(k).equals("ال")) continue;
        List<Group> h = byHead.computeIfAbsent(headKey(w.subList(0, k)), x -> new ArrayList<>());
        if (!h.contains(g)) h.add(g);
      }
      List<String> noLinks = w.stream().filter(x -> !NASAB.contains(x)).toList(); // عادل بن أحمد X = عادل أحمد X
      if (noLinks.size() >= 3 && noLinks.size() < w.size()) {
        List<Group> h = byHead.computeIfAbsent("=" + headKey(noLinks), x -> new ArrayList<>());
        if (!h.contains(g)) h.add(g);
      }
      // the word after بن is the father's name, not the person's: سلمان alone is not محمد بن سلمان
      List<String> names = new ArrayList<>();
      if (!isNasab(w, w.size() - 1)) names.add(w.get(w.size() - 1));
      if (givenOfNasab(w)) names.add(w.get(0)); // ... but the given name of a nasab name is (الملك سلمان)
      String bare = NameForms.afterParticle(form); // غال alone for لويس فان غال
      if (bare != null) names.add(bare);
      for (String name : names) {
        List<Group> s = bySurname.computeIfAbsent(NameVariants.blockKey(name), k -> new ArrayList<>());
        if (!s.contains(g)) s.add(g);
      }
    }
  }

  private static final Set<String> NASAB = Set.of("بن", "ابن", "بنت");

  /** Word {@code i} follows بن / ابن / بنت: a father's name. */
  static boolean isNasab(List<String> w, int i) {
    return i >= 1 && i < w.size() && NASAB.contains(w.get(i - 1));
  }

  /**
   * Word {@code i} follows آل: the name of a house ({@code … آل سعود}), which a lone word does not
   * stand for: {@code سعود} alone is a man called Saud, not a king of that house.
   */
  static boolean afterHouse(List<String> w, int i) {
    return i >= 1 && i < w.size() && w.get(i - 1).equals("ال");
  }

  /** A nasab name, {@code X بن Y …}: X alone names the person. */
  static boolean givenOfNasab(List<String> w) {
    return w.size() >= 3 && isNasab(w, 2);
  }

  /**
   * A two-word person name fits a three-word one with the same first and last words and a middle
   * name that is not a nasab ({@code محمد ظريف} → {@code محمد جواد ظريف}).
   */
  static boolean middleNameLeftOut(List<String> shortName, List<String> full) {
    return shortName.size() == 2 && full.size() == 3 && !NASAB.contains(full.get(1))
        && NameVariants.sameWord(shortName.get(0), full.get(0)) && NameVariants.sameWord(shortName.get(1), full.get(2));
  }

  /**
   * A name that opens with a compound (عبد / أبو) is the tail of a longer name with one given name
   * more ({@code عبد الله صالح} → {@code علي عبد الله صالح}): the compound is no one's first name
   * there. Any other tail may be a father's name ({@code علي صالح} in {@code أحمد علي صالح}), so
   * it is left alone.
   */
  static boolean givenNameLeftOut(List<String> shortName, List<String> full) {
    int d = full.size() - shortName.size();
    String first = shortName.isEmpty() ? "" : shortName.get(0);
    if (shortName.size() < 2 || d != 1 || !(first.startsWith("عبد") || first.startsWith("ابو"))) return false;
    for (int i = 0; i < shortName.size(); i++) if (!NameVariants.sameWord(shortName.get(i), full.get(d + i))) return false;
    return true;
  }

  /**
   * The longer name carries the short nasab name on with another link or a house ({@code الملك X بن Y}
   * → {@code X بن Y بن Z}, {@code X بن Y آل Z}): a family name after it ({@code X بن Y الفلاني}) is a
   * commoner who shares a king's given and father's names, not the king under his title.
   */
  static boolean chainGoesOn(List<String> shortName, List<String> full) {
    if (full.size() <= shortName.size()) return false;
    for (int i = 0; i < shortName.size(); i++) if (!NameVariants.sameWord(shortName.get(i), full.get(i))) return false;
    String next = full.get(shortName.size());
    return NASAB.contains(next) || next.equals("ال");
  }

  /** The full name opens with the short one's words, or is it with {@code بن} links ({@code عادل أحمد X}). */
  private static boolean opens(List<String> shortName, List<String> full) {
    List<String> noLinks = full.stream().filter(x -> !NASAB.contains(x)).toList();
    for (List<String> f : List.of(full, noLinks)) {
      if (f.size() < shortName.size()) continue;
      boolean same = true;
      for (int i = 0; i < shortName.size() && same; i++) same = NameVariants.sameWord(shortName.get(i), f.get(i));
      if (same) return true;
    }
    return false;
  }

  /** The spelling key of a name's words, for the lookup of longer names that open with them. */
  private static String headKey(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String x : words) b.append(NameVariants.blockKey(x)).append(' ');
    return b.toString();
  }

  /**
   * A given name and a family name that are a nasab name without its {@code بن X} links ({@code عادل
   * الجبير} → {@code عادل بن أحمد الجبير}; {@code عبدالعزيز آل الشيخ} → {@code عبدالعزيز بن عبدالله آل
   * الشيخ}): given name and family are the person's own. The family is one word or a house after آل.
   */
  static boolean nasabLeftOut(List<String> shortName, List<String> full) {
    int family = shortName.size() == 3 && shortName.get(1).equals("ال") ? 2 : shortName.size() == 2 ? 1 : 0;
    int links = full.size() - 1 - family; // the بن X pairs between given name and family
    if (family == 0 || links < 2 || links % 2 != 0 || !NameVariants.sameWord(shortName.get(0), full.get(0))) return false;
    for (int i = 1; i <= links; i += 2) if (!NASAB.contains(full.get(i))) return false;
    for (int k = 1; k <= family; k++) {
      if (!NameVariants.sameWord(shortName.get(shortName.size() - k), full.get(full.size() - k))) return false;
    }
    return true;
  }

  /**
   * A two-word name that is a three-word name without its compound given name ({@code منصور هادي} →
   * {@code عبد ربه منصور هادي}): a compound (عبد / أبو) given name is the one news drops.
   */
  static boolean compoundGivenLeftOut(List<String> shortName, List<String> full) {
    if (shortName.size() != 2 || full.size() != 3) return false;
    String given = full.get(0);
    return (given.startsWith("عبد") || given.startsWith("ابو")) && given.length() > 4
        && NameVariants.sameWord(shortName.get(0), full.get(1)) && NameVariants.sameWord(shortName.get(1), full.get(2));
  }

  /** The entity of this type that has a spelling of {@code name}, or null. */
  private static Group spelled(Index index, String type, String name) {
    for (Group g : index.bySpelling.getOrDefault(type + "\t" + NameVariants.blockKey(name), List.of())) {
      if (!g.type().equals(type)) continue;
      for (String f : g.forms.keySet()) if (NameVariants.sameName(f, name)) return g;
    }
    return null;
  }

  /**
   * A person's name of two words or more with its family name's article added or dropped ({@code عبد
   * الحميد دبيبة} ↔ {@code عبد الحميد الدبيبة}): outlets print a family name both ways. Null when the bare
   * word is short or opens names itself ({@code أحمد صالح} and {@code أحمد الصالح} are two men).
   */
  static String articleToggled(String name) {
    List<String> w = NameForms.words(name);
    if (w.size() < 2) return null;
    String last = w.get(w.size() - 1);
    String bare = last.startsWith("ال") ? last.substring(2) : last;
    if (bare.length() < 4 || LoneGivenNames.opensNames(bare) || NameForms.isNisba("ال" + bare)) return null;
    String head = String.join(" ", w.subList(0, w.size() - 1));
    return head + " " + (last.startsWith("ال") ? bare : "ال" + bare);
  }

  /** Letters that are long vowels or their seats: moving one makes another name, not a typo. */
  private static final String VOWELS = "اويءهى";
  /** A name's last word must be this long for two swapped letters in it to be a typo. */
  static final int MIN_SWAP_LETTERS = 7;

  /**
   * The name with two adjacent consonants of its last word swapped back, one spelling per pair
   * ({@code كوفالينكسي} → {@code كوفالينسكي}): only in a long, rare word, whose typo cannot be another name.
   */
  static List<String> swappedLast(String name) {
    List<String> w = NameForms.words(name);
    if (w.isEmpty()) return List.of();
    String last = w.get(w.size() - 1);
    if (last.length() < MIN_SWAP_LETTERS || org.mizan.clean.Vocabulary.shipped().count(last) >= NameVariants.COMMON_WORD) {
      return List.of();
    }
    String head = String.join(" ", w.subList(0, w.size() - 1));
    List<String> out = new ArrayList<>();
    for (int i = 1; i + 1 < last.length(); i++) {
      char a = last.charAt(i), b = last.charAt(i + 1);
      if (a == b || VOWELS.indexOf(a) >= 0 || VOWELS.indexOf(b) >= 0) continue;
      String v = last.substring(0, i) + b + a + last.substring(i + 2);
      out.add(head.isEmpty() ? v : head + " " + v);
    }
    return out;
  }

  /** Scope adjectives an organisation's name may drop ({@code مجلس الأمن} = {@code مجلس الأمن الدولي}). */
  private static final List<String> SCOPES = List.of("الدولي", "الدوليه");

  /** An existing entity this name is a spelling of, or the one full name a lone surname fits. */
  private static Group find(Index index, Local l, String type, java.util.function.Supplier<Set<String>> docWords) {
    Group spelled = spelled(index, type, l.canonical());
    if (spelled != null) return spelled;
    // a name printed with a proclitic (وعلي X, ومصر, بمصر) that resolution could not strip in its document
    String c = l.canonical();
    String first = NameForms.words(c).get(0);
    if (first.length() >= 4 && "وفبلك".indexOf(first.charAt(0)) >= 0) {
      spelled = spelled(index, type, c.substring(1));
      if (spelled != null) return spelled;
    }
    if (type.equals("PER")) { // a typo swapping two letters of a long name (كوفالينكسي for كوفالينسكي)
      boolean clitic = first.length() >= 4 && "وفبلك".indexOf(first.charAt(0)) >= 0;
      for (String printed : clitic ? List.of(c, c.substring(1)) : List.of(c)) {
        for (String v : swappedLast(printed)) {
          Group g = spelled(index, type, v);
          if (g == null && NameForms.words(v).size() == 1) g = lonePerson(index, v, docWords);
          if (g != null) return g;
        }
      }
    }
    if (type.equals("PER")) { // a family name printed with and without its article (X دبيبة / X الدبيبة)
      String v = articleToggled(c);
      spelled = v == null ? null : spelled(index, type, v);
      if (spelled != null) return spelled;
    }
    if (type.equals("LOC") && l.words() == 1 && c.length() >= 5) { // سورية / سوريا: two spellings of one country
      String alt = c.endsWith("ية") || c.endsWith("يه") ? c.substring(0, c.length() - 1) + "ا"
          : c.endsWith("يا") ? c.substring(0, c.length() - 1) + "ة" : null;
      spelled = alt == null ? null : spelled(index, type, alt);
      if (spelled != null) return spelled;
    }
    String ministry = type.equals("ORG") ? NationalBodyNames.fullName(c) : null; // الخارجية X = وزارة الخارجية X
    spelled = ministry == null ? null : spelled(index, type, ministry);
    if (spelled != null) return spelled;
    if (type.equals("ORG")) { // الجيش الوطني = الجيش الوطني X, المستقبل = تيار المستقبل: one body of the run
      List<Group> shortOf = index.byOrgShort.getOrDefault(NameVariants.blockKey(c), List.of()).stream()
          .filter(g -> g.type().equals("ORG")).toList();
      if (shortOf.size() == 1) return shortOf.get(0);
    }
    if (!type.equals("PER") && l.words() >= 2) {
      for (String scope : SCOPES) {
        spelled = spelled(index, type, l.canonical() + " " + scope);
        if (spelled != null) return spelled;
      }
    }
    List<String> words = NameForms.nameWords(l.canonical());
    if (type.equals("ORG") && words.size() == 1 && properOrgWord(words.get(0))) {
      Group named = shortOrg(index, words.get(0));
      if (named != null) return named;
    }
    if (!type.equals("PER")) return words.size() == 1 && !knownAsOther(words.get(0)) ? lonePerson(index, words.get(0), docWords) : null;
    String word = words.get(words.size() - 1);
    if (words.size() >= 3) { // a long name without its last word (X ولد الشيخ → X ولد الشيخ أحمد) or its بن links
      List<Group> heads = new ArrayList<>(index.byHead.getOrDefault(headKey(words), List.of()));
      heads.addAll(index.byHead.getOrDefault("=" + headKey(words), List.of()));
      List<Group> opened = new ArrayList<>();
      boolean royal = isNasab(words, words.size() - 1) && noble(l.mentions());
      for (Group g : heads) {
        if (!g.type().equals("PER") || g.forms.keySet().stream().noneMatch(f -> opens(words, NameForms.nameWords(f)))) continue;
        if (royal && g.forms.keySet().stream().noneMatch(f -> chainGoesOn(words, NameForms.nameWords(f)))) continue;
        if (!opened.contains(g)) opened.add(g);
      }
      // two longer names open with it: the one the run names far more often (a king's full name
      // with his house, not a one-off mention the tagger ran into the next word), else none
      if (opened.size() == 1) return opened.get(0);
      if (opened.size() > 1) return dominant(opened);
    }
    List<Group> fitting = new ArrayList<>();
    for (Group g : index.bySurname.getOrDefault(NameVariants.blockKey(word), List.of())) {
      if (!g.type().equals("PER")) continue;
      boolean fits = false;
      for (String f : g.forms.keySet()) {
        List<String> w = NameForms.nameWords(f);
        if (words.size() >= 2) {
          fits |= middleNameLeftOut(words, w) || givenNameLeftOut(words, w) || nasabLeftOut(words, w)
              || compoundGivenLeftOut(words, w);
        }
        else {
          String bare = NameForms.afterParticle(f);
          fits |= w.size() >= 2 && !isNasab(w, w.size() - 1) && !afterHouse(w, w.size() - 1)
              && NameVariants.sameWord(w.get(w.size() - 1), word)
              || givenOfNasab(w) && NameVariants.sameWord(w.get(0), word) && noble(l.mentions())
              || bare != null && NameVariants.sameWord(bare, word);
        }
      }
      if (fits && !fitting.contains(g)) fitting.add(g);
    }
    if (fitting.size() == 1) return fitting.get(0);
    if (fitting.isEmpty() && words.size() == 1 && unfused(word) != null) return lonePerson(index, word, docWords);
    if (words.size() == 1 && fitting.size() > 1) {
      Group kin = givenPrinted(fitting, docWords.get());
      if (kin != null) return kin;
    }
    // two people share this surname: a lone surname is the one the run names far more often
    // (أوباما alone is باراك أوباما, not ميشيل أوباما), else it is left alone
    return words.size() == 1 ? dominant(fitting) : null;
  }

  /**
   * The short form outlets print for an organisation's name, or null: a national body named by its
   * adjectives, without its country's ({@code الجيش الوطني} of {@code الجيش الوطني X-ي}), a current or government named
   * by a phrase without its head ({@code الغد} of {@code تيار الغد}).
   */
  static String shortForm(List<String> w) {
    if (w.size() == 2 && PhraseBodyNames.isHead(w.get(0)) && w.get(1).startsWith("ال")) return w.get(1);
    if (w.size() < 3) return null;
    String head = ArabicNormalization.normalize(w.get(0));
    head = head.startsWith("ال") ? head.substring(2) : head;
    String last = ArabicNormalization.normalize(w.get(w.size() - 1));
    // the short form is the head and its adjectives (الجيش الوطني), not a genitive (مجلس النواب: any country's)
    if (!"national".equals(EntityLexicon.ORG_HEADS.get(head)) || !last.startsWith("ال")
        || !NameForms.isNisba(ArabicNormalization.normalize(w.get(w.size() - 2)))) return null;
    String bare = last.substring(2);
    if (bare.endsWith("ه")) bare = bare.substring(0, bare.length() - 1);
    return NameForms.isOrigin(bare) ? String.join(" ", w.subList(0, w.size() - 1)) : null;
  }

  /**
   * A word that can open an organisation's proper name and stand for it alone: no article, no head
   * noun ({@code حزب}, {@code وكالة}) and not a word the lexicons know as a place.
   */
  static boolean properOrgWord(String w) {
    String n = ArabicNormalization.normalize(w);
    return n.length() >= 3 && !n.startsWith("ال") && !EntityLexicon.ORG_HEADS.containsKey(n)
        && !EntityLexicon.NAME_HEADS.containsKey(n) && !EntityLexicon.STOPWORDS.contains(n) && !knownAsOther(n)
        && !NameForms.isNisba(n);
  }

  /**
   * The one organisation of the run whose longer name opens with this word ({@code X} for a news
   * agency printed elsewhere as {@code X Y}), or null when none or several do.
   */
  private static Group shortOrg(Index index, String word) {
    Group only = null;
    for (Group g : index.byOrgName.getOrDefault(NameVariants.blockKey(word), List.of())) {
      if (!g.type().equals("ORG") || g == only) continue;
      boolean opens = false;
      for (String f : g.forms.keySet()) {
        List<String> fw = NameForms.nameWords(f);
        opens |= fw.size() >= 2 && NameVariants.sameWord(fw.get(0), word);
      }
      if (!opens) continue;
      if (only != null) return null;
      only = g;
    }
    return only;
  }

  /** Particles of European names that some outlets fuse to the surname (ديمستورا for دي ميستورا). */
  private static final List<String> FUSED_PARTICLES = List.of("دي", "دو");

  /** The word without a fused name particle (ديمستورا → مستورا), or null. */
  static String unfused(String word) {
    for (String p : FUSED_PARTICLES) {
      if (word.startsWith(p) && word.length() - p.length() >= 4) return word.substring(p.length());
    }
    return null;
  }

  /** A word the lexicons know as a place or organisation: never a person's surname for the linker. */
  private static boolean knownAsOther(String word) {
    if (EntityLexicon.TAGGED_NAMES.containsKey(word)) return true;
    return (NerModel.shipped().features().gazetteer().getOrDefault(word, 0) & (NerFeatures.LOC | NerFeatures.ORG)) != 0;
  }

  /**
   * The one person of the run whose surname a lone word is, as printed or without a fused particle
   * ({@code ديمستورا} → {@code ستيفان دي ميستورا}): the tagger types an unknown word alone as a place
   * or organisation now and then, and a surname the run knows settles it. Null when none or several fit.
   */
  private static Group lonePerson(Index index, String word, java.util.function.Supplier<Set<String>> docWords) {
    Group only = null;
    List<Group> several = new ArrayList<>();
    for (String w : unfused(word) == null ? List.of(word) : List.of(word, unfused(word))) {
      for (Group g : index.bySurname.getOrDefault(NameVariants.blockKey(w), List.of())) {
        if (!g.type().equals("PER") || g == only) continue;
        boolean fits = false;
        for (String f : g.forms.keySet()) {
          List<String> fw = NameForms.nameWords(f);
          String bare = NameForms.afterParticle(f);
          fits |= fw.size() >= 2 && !isNasab(fw, fw.size() - 1) && !afterHouse(fw, fw.size() - 1)
              && NameVariants.sameWord(fw.get(fw.size() - 1), w)
              || bare != null && NameVariants.sameWord(bare, w);
        }
        if (!fits) continue;
        several.add(g);
        only = g;
      }
    }
    return several.size() <= 1 ? only : givenPrinted(several, docWords.get());
  }

  /**
   * Relatives share a family name (a father and his son): of the persons a lone surname fits, the one
   * whose given name the document prints, or null when none or several.
   */
  static Group givenPrinted(List<Group> fitting, Set<String> docWords) {
    Group only = null;
    for (Group g : fitting) {
      boolean printed = false;
      for (String f : g.forms.keySet()) {
        List<String> fw = NameForms.nameWords(f);
        printed |= fw.size() >= 2 && docWords.contains(ArabicNormalization.normalize(fw.get(0)));
      }
      if (!printed || g == only) continue;
      if (only != null) return null;
      only = g;
    }
    return only;
  }

  /** The document's words in matching form, clitics off as well. */
  private static Set<String> docWords(Document doc) {
    Set<String> out = new HashSet<>();
    for (org.mizan.text.Token t : org.mizan.text.Tokenizer.tokenize(doc.body())) {
      out.add(t.norm());
      out.addAll(org.mizan.text.Clitics.variants(t.norm()));
    }
    return out;
  }

  /**
   * The group printed in at least two documents, with twice the documents and twice the mentions of
   * any other, or null.
   */
  static Group dominant(List<Group> groups) {
    Group best = null;
    for (Group g : groups) if (best == null || g.docs.size() > best.docs.size()) best = g;
    if (best == null || best.docs.size() < 2) return null;
    for (Group g : groups) {
      if (g != best && (2 * g.docs.size() > best.docs.size() || 2 * g.mentions > best.mentions)) return null;
    }
    return best;
  }

  /**
   * A person's full name printed after the conjunction و in one article ({@code وجيمس هاردن}) and
   * bare in another: the bare name. The article alone cannot tell و+جيمس from a name that opens with
   * و (وليد، وائل), the run can: a full name of two words or more printed bare elsewhere is that name.
   */
  static List<Document> unconjoined(List<Document> docs) {
    Set<String> bare = new HashSet<>();
    for (Document d : docs) {
      for (Mention m : d.mentions()) {
        String k = NameForms.key(m.canonical() != null ? m.canonical() : m.text());
        if ("PER".equals(m.type()) && k.indexOf(' ') > 0 && !k.startsWith("و")) bare.add(k);
      }
    }
    List<Document> out = new ArrayList<>(docs.size());
    for (Document d : docs) {
      List<Mention> ms = new ArrayList<>(d.mentions().size());
      boolean changed = false;
      for (Mention m : d.mentions()) {
        String c = m.canonical() != null ? m.canonical() : m.text().strip();
        if ("PER".equals(m.type()) && c.startsWith("و") && bare.contains(NameForms.key(c.substring(1)))) {
          m = m.withCanonical(c.substring(1));
          changed = true;
        }
        ms.add(m);
      }
      out.add(changed ? d.withMentions(ms) : d);
    }
    return out;
  }

  /** Adds a document's name to a group; {@code vote}, when set, is the type its mentions count for. */
  private static void add(Group g, Local l, String vote) {
    for (Mention m : l.mentions()) {
      g.types.merge(vote != null ? vote : m.type(), 1, Integer::sum);
      if (m.role() != null && !m.role().isBlank()) g.roles.add(m.role());
      List<String> words = NameForms.words(l.canonical());
      String form = NameForms.key(m.text()).equals(l.key()) ? m.text().strip()
          : NameForms.stripClitics(m.text(), k -> k.equals(l.key()) || words.contains(k.split(" ")[0]));
      if (!NameForms.key(form).equals(NameForms.key(l.canonical()))) g.aliases.add(form);
    }
    g.forms.merge(l.canonical(), l.mentions().size(), Integer::sum);
    g.aliases.add(l.canonical());
    g.docs.add(l.doc());
    g.mentions += l.mentions().size();
  }

  /** Ids from the type and canonical name: the same entity gets the same id in every run. */
  private static void assignIds(List<Group> groups) {
    Set<String> used = new java.util.HashSet<>();
    for (Group g : groups) {
      String base = g.type().toLowerCase(java.util.Locale.ROOT) + "-" + digest(NameForms.key(g.canonical()));
      String id = base;
      for (int i = 2; !used.add(id); i++) id = base + "-" + i;
      g.id = id;
    }
  }

  private static String digest(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
