package org.mizan.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A nickname in quote marks right after a person's full name as printed ({@code محمد حمدان دقلو
 * «حميدتي»}): the quoted word, or kunya ({@code «أبو X»}), names that person, so every mention of the document printed so (the quoted one,
 * tagged or not, and the nickname alone elsewhere) is that person, with the full name as canonical.
 */
final class NicknameAliases {
  /** One or two words between quote marks, right after a name: «X», "X", “X”. */
  private static final Pattern QUOTED = Pattern.compile("^ ?[«\"“”]([\\p{IsArabic}]{3,}(?: [\\p{IsArabic}]{3,})?)[»\"”“]");

  private NicknameAliases() {}

  /** The mentions with nicknames read; mentions must carry their canonical already. */
  static List<Mention> resolve(String body, List<Mention> mentions) {
    Map<String, Mention> byNick = new HashMap<>(); // nickname key -> the full name's mention
    List<Mention> added = new ArrayList<>();
    for (Mention m : mentions) {
      if (!m.type().equals("PER") || NameForms.words(m.text()).size() < 2) continue; // the full name as printed
      Matcher q = QUOTED.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 40)));
      if (!q.find()) continue;
      String nick = q.group(1);
      String after = body.substring(m.end() + q.end()).stripLeading();
      if (after.isEmpty() || ".:!؟".indexOf(after.charAt(0)) >= 0) continue; // a word of speech closing the sentence
      if (org.mizan.text.VerbForms.isVerb(NameForms.words(nick).get(0))) continue;
      String key = NameForms.key(nick);
      // a nickname is one word or a kunya (أبو X); two other words are a name of its own (مساعد X "Y Z")
      List<String> nw = NameForms.words(nick);
      if (nw.size() == 2 && !nw.get(0).equals("ابو") && !nw.get(0).equals("ام")) continue;
      if (key.isEmpty() || EntityLexicon.STOPWORDS.contains(key) || RoleStage.isTitle(key)) continue;
      byNick.putIfAbsent(key, m);
      int s = m.end() + q.start(1), e = m.end() + q.end(1);
      if (!Mention.anyOverlaps(mentions, s, e)) added.add(new Mention(s, e, nick, "PER", null, null));
    }
    if (byNick.isEmpty()) return mentions;
    List<Mention> out = new ArrayList<>();
    List<Mention> all = new ArrayList<>(mentions);
    all.addAll(added);
    all.sort(java.util.Comparator.comparingInt(Mention::start));
    for (Mention m : all) {
      Mention full = byNick.get(NameForms.key(m.canonical() != null ? m.canonical() : m.text()));
      if (full == null) {
        out.add(m);
        continue;
      }
      String canonical = full.canonical() != null ? full.canonical() : full.text();
      out.add(new Mention(m.start(), m.end(), m.text(), "PER", m.entityId(), m.role(), canonical));
    }
    return out;
  }
}
