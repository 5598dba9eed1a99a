package org.mizan.store;

import java.util.List;

/** One page of results: the items, how many matched in all, and where the page starts. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
  public Page {
    items = List.copyOf(items);
  }
}
