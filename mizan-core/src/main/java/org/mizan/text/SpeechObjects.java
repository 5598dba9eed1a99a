package org.mizan.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The speech a verb goes on with ({@code وواصل فلان حديثه}، {@code وأتم تصريحاته}، {@code وختم كلمته}):
 * a speech noun with a possessive pronoun is the verb's object, never part of the speaker's name, and
 * makes a continuation verb ({@code واصل}، {@code أتم}) a quote's cue. Shared by the entity stages (no
 * person's name ends in one) and the quote readers.
 */
public final class SpeechObjects {
  private SpeechObjects() {}

  private static final Set<String> OBJECTS = new HashSet<>();
  private static final Set<String> CONTINUATION = new HashSet<>();

  static {
    for (String stem : WordList.normalized(SpeechObjects.class, "speech-objects.txt")) {
      // كلمت is كلمة before a suffix; the normaliser prints its ة as ه when bare, never before a pronoun
      for (String p : new String[] {"ه", "ها", "هم", "هما"}) OBJECTS.add(stem + p);
    }
    for (String past : WordList.normalized(SpeechObjects.class, "continuation-verbs.txt")) {
      for (String form : new String[] {past, past + "ت"}) {
        CONTINUATION.add(form);
        CONTINUATION.add("و" + form);
        CONTINUATION.add("ف" + form);
      }
    }
  }

  /** A speech noun with a possessive pronoun ({@code حديثه}، {@code تصريحاتها}), normalised. */
  public static boolean isObject(String norm) {
    return OBJECTS.contains(norm);
  }

  /** A continuation verb form ({@code وواصل}، {@code وأتمت}), normalised. */
  public static boolean isContinuation(String norm) {
    return CONTINUATION.contains(ArabicNormalization.normalize(norm));
  }
}
