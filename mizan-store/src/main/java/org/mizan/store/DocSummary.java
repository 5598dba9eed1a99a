package org.mizan.store;

/** A stored article as listed: enough to show a row and link to it; {@code snippet} only for searches. */
public record DocSummary(String id, String headline, String outlet, String published, String url, String story,
    String snippet, double score) {}
