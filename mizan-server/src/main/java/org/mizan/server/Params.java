package org.mizan.server;

import io.javalin.http.Context;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Validated query parameters of one request: unknown names, repeated values, over-long strings,
 * malformed numbers, dates and ids are refused with a 400 naming the parameter.
 */
final class Params {
  static final int MAX_LIMIT = 100;
  static final int MAX_OFFSET = 10_000;
  static final int MAX_TEXT = 200;
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ID = Pattern.compile("[^./\\\\\\p{Cntrl}][^/\\\\\\p{Cntrl}]{0,199}");

  private final Context ctx;

  private Params(Context ctx) {
    this.ctx = ctx;
  }

  /** Checks the request's parameter names against {@code allowed} (plus offset and limit when paged). */
  static Params of(Context ctx, boolean paged, String... allowed) {
    Set<String> ok = new TreeSet<>(Set.of(allowed));
    if (paged) {
      ok.add("offset");
      ok.add("limit");
    }
    for (String name : ctx.queryParamMap().keySet()) {
      if (!ok.contains(name)) {
        throw new ApiError(400, "unknown parameter '" + clip(name) + "'" + (ok.isEmpty() ? "" : " (allowed: " + String.join(", ", ok) + ")"));
      }
      if (ctx.queryParams(name).size() > 1) throw new ApiError(400, "parameter '" + name + "' given more than once");
    }
    return new Params(ctx);
  }

  String text(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    if (v.length() > MAX_TEXT) throw new ApiError(400, "parameter '" + name + "' is longer than " + MAX_TEXT + " characters");
    return v.strip();
  }

  String date(String name) {
    String v = text(name);
    if (v != null && !DATE.matcher(v).matches()) throw new ApiError(400, "parameter '" + name + "' must be a date YYYY-MM-DD");
    return v;
  }

  String id(String name) {
    String v = text(name);
    if (v != null) checkId(name, v);
    return v;
  }

  int offset() {
    return number("offset", 0, 0, MAX_OFFSET);
  }

  int limit() {
    return number("limit", 20, 1, MAX_LIMIT);
  }

  private int number(String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) return dflt;
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new ApiError(400, "parameter '" + name + "' must be a whole number from " + min + " to " + max);
  }

  /** An id: no slash, backslash or control character and no leading dot (ids never name files anyway). */
  static String checkId(String what, String v) {
    if (!ID.matcher(v).matches()) throw new ApiError(400, "invalid " + what + " id");
    return v;
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\p{Cntrl}", "?");
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }
}
