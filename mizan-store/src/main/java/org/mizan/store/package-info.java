/** The embedded Lucene store: documents, stories, entities and quotes kept across runs. */
package org.mizan.store;
