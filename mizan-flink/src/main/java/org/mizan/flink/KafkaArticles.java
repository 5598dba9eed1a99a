package org.mizan.flink;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.mizan.doc.Json;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ids;

/**
 * Kafka as an article source: one JSON object per message, with the fields of Mizan's JSONL input
 * ({@code id}, {@code title}, {@code text} or {@code content} or {@code body}, {@code url},
 * {@code source}, {@code published} or {@code date}, {@code author}). The topic is the article's
 * source (its story scope under {@code --story-scope source}); a message that is not such an
 * object becomes a one-line problem naming {@code topic/partition@offset}.
 */
public final class KafkaArticles implements KafkaRecordDeserializationSchema<ArticleRecord> {
  private static final long serialVersionUID = 1L;
  private final StoryScope scope;

  public KafkaArticles(StoryScope scope) {
    this.scope = scope;
  }

  /** The Kafka source for {@code options}; offsets are part of Flink's checkpoints. */
  public static KafkaSource<ArticleRecord> source(JobOptions options) {
    OffsetsInitializer start = switch (options.kafkaFrom) {
      case "latest" -> OffsetsInitializer.latest();
      case "committed" -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
      default -> OffsetsInitializer.earliest();
    };
    return KafkaSource.<ArticleRecord>builder()
        .setBootstrapServers(options.kafkaBrokers)
        .setTopics(options.kafkaTopics)
        .setGroupId(options.kafkaGroup)
        .setStartingOffsets(start)
        .setDeserializer(new KafkaArticles(options.storyScope))
        .build();
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<ArticleRecord> out) {
    String input = record.topic() + "/" + record.partition() + "@" + record.offset();
    out.collect(parse(record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8), input,
        scope.key(record.topic())));
  }

  /** One message as an article record, or a problem record saying why it is none. */
  static ArticleRecord parse(String message, String input, String scopeKey) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(message);
    } catch (IOException e) {
      return ArticleRecord.problem(input, "not JSON");
    }
    if (node == null || !node.isObject()) return ArticleRecord.problem(input, "not a JSON object");
    String text = first(node, "text", "content", "body");
    if (text == null || text.isBlank()) return ArticleRecord.problem(input, "no text (text, content or body)");
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    Map<String, String> meta = new LinkedHashMap<>();
    put(meta, RawArticle.TITLE, first(node, "title", "headline"));
    put(meta, RawArticle.URL, first(node, "url", "link"));
    put(meta, RawArticle.SOURCE, first(node, "source", "site_name", "outlet"));
    put(meta, RawArticle.PUBLISHED, first(node, "published", "date", "date_published", "date_extracted"));
    put(meta, RawArticle.AUTHOR, first(node, "author"));
    String id = first(node, "id");
    if (id == null) id = Ids.contentId(message);
    return ArticleRecord.of(new RawArticle(id, input, "json", lines, meta), scopeKey);
  }

  private static String first(JsonNode node, String... names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v != null && v.isValueNode() && !v.asText().isBlank()) return v.asText();
    }
    return null;
  }

  private static void put(Map<String, String> meta, String key, String value) {
    if (value != null) meta.put(key, value);
  }

  @Override
  public TypeInformation<ArticleRecord> getProducedType() {
    return TypeInformation.of(ArticleRecord.class);
  }
}
