package org.mizan.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mizan.store.MizanStore;
import org.mizan.store.StoryQuery;

/** The API's handlers: validated parameters in, plain records and maps (rendered as JSON) out. */
final class Api {
  private final MizanStore store;

  Api(MizanStore store) {
    this.store = store;
  }

  Object stats(Params p) {
    return store.stats();
  }

  Object stories(Params p) {
    StoryQuery q = new StoryQuery(p.date("from"), p.date("to"), p.id("entity"), p.text("outlet"), p.text("q"));
    return MizanServer.page(store.stories(q, p.offset(), p.limit()));
  }

  Object story(Params p, String id) {
    Params.checkId("story", id);
    return store.storyDetail(id).orElseThrow(() -> new ApiError(404, "no story " + id));
  }

  Object documents(Params p) {
    return MizanServer.page(store.documents(p.id("story"), p.text("outlet"), p.id("entity"), p.offset(), p.limit()));
  }

  Object document(Params p, String id) {
    Params.checkId("document", id);
    return store.document(id).orElseThrow(() -> new ApiError(404, "no document " + id));
  }

  Object entities(Params p) {
    return MizanServer.page(store.entities(p.text("type"), p.text("q"), p.offset(), p.limit()));
  }

  Object entity(Params p, String id) {
    Params.checkId("entity", id);
    var e = store.entity(id).orElseThrow(() -> new ApiError(404, "no entity " + id));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("entity", e);
    out.put("stories", MizanServer.page(store.stories(new StoryQuery(null, null, id, null, null), 0, 20)));
    out.put("documents", MizanServer.page(store.documents(null, null, id, 0, 20)));
    out.put("quotes", MizanServer.page(store.quotesOfEntity(id, 0, 50)));
    return out;
  }

  Object quotes(Params p) {
    return MizanServer.page(store.quotes(p.text("speaker"), p.id("story"), p.offset(), p.limit()));
  }

  Object search(Params p) {
    String q = p.text("q");
    if (q == null) throw new ApiError(400, "parameter 'q' is required");
    return MizanServer.page(store.search(q, p.offset(), p.limit()));
  }
}
