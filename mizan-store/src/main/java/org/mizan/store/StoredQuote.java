package org.mizan.store;

import org.mizan.quotes.Quote;

/** A quote with the article and story it came from. */
public record StoredQuote(String id, String document, String story, String outlet, String published,
    String speakerEntity, Quote quote) {}
