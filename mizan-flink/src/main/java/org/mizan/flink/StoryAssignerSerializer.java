package org.mizan.flink;

import java.io.IOException;
import java.util.Objects;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.util.InstantiationUtil;

/**
 * Flink state serializer for a {@link StoryAssigner}: its own {@link StoryAssigner#save()} bytes,
 * length-prefixed. With the heap state backend the assigner lives as a plain object and is only
 * serialized when a checkpoint is taken, so per-article cost stays that of the assigner itself.
 */
public final class StoryAssignerSerializer extends TypeSerializer<StoryAssigner> {
  private static final long serialVersionUID = 1L;
  private final StoryAssigner.Factory factory;

  public StoryAssignerSerializer(StoryAssigner.Factory factory) {
    this.factory = Objects.requireNonNull(factory);
  }

  @Override
  public boolean isImmutableType() {
    return false;
  }

  @Override
  public TypeSerializer<StoryAssigner> duplicate() {
    return this;
  }

  @Override
  public StoryAssigner createInstance() {
    return factory.create();
  }

  @Override
  public StoryAssigner copy(StoryAssigner from) {
    return factory.load(from.save());
  }

  @Override
  public StoryAssigner copy(StoryAssigner from, StoryAssigner reuse) {
    return copy(from);
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public void serialize(StoryAssigner record, DataOutputView target) throws IOException {
    byte[] bytes = record.save();
    target.writeInt(bytes.length);
    target.write(bytes);
  }

  @Override
  public StoryAssigner deserialize(DataInputView source) throws IOException {
    byte[] bytes = new byte[source.readInt()];
    source.readFully(bytes);
    return factory.load(bytes);
  }

  @Override
  public StoryAssigner deserialize(StoryAssigner reuse, DataInputView source) throws IOException {
    return deserialize(source);
  }

  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    int n = source.readInt();
    target.writeInt(n);
    target.write(source, n);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoryAssignerSerializer s && s.factory.getClass() == factory.getClass();
  }

  @Override
  public int hashCode() {
    return factory.getClass().hashCode();
  }

  @Override
  public TypeSerializerSnapshot<StoryAssigner> snapshotConfiguration() {
    return new Snapshot(factory);
  }

  /** Remembers the factory, so a restored job reads its old state with the same code. */
  public static final class Snapshot implements TypeSerializerSnapshot<StoryAssigner> {
    private StoryAssigner.Factory factory;

    /** For Flink's reflective restore. */
    public Snapshot() {}

    Snapshot(StoryAssigner.Factory factory) {
      this.factory = factory;
    }

    @Override
    public int getCurrentVersion() {
      return 1;
    }

    @Override
    public void writeSnapshot(DataOutputView out) throws IOException {
      byte[] bytes = InstantiationUtil.serializeObject(factory);
      out.writeInt(bytes.length);
      out.write(bytes);
    }

    @Override
    public void readSnapshot(int version, DataInputView in, ClassLoader classLoader) throws IOException {
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      try {
        factory = InstantiationUtil.deserializeObject(bytes, classLoader);
      } catch (ClassNotFoundException e) {
        throw new IOException("story assigner factory not on the classpath: " + e.getMessage(), e);
      }
    }

    @Override
    public TypeSerializer<StoryAssigner> restoreSerializer() {
      return new StoryAssignerSerializer(factory);
    }

    @Override
    public TypeSerializerSchemaCompatibility<StoryAssigner> resolveSchemaCompatibility(
        TypeSerializerSnapshot<StoryAssigner> old) {
      return old instanceof Snapshot s && s.factory != null && s.factory.getClass() == factory.getClass()
          ? TypeSerializerSchemaCompatibility.compatibleAsIs()
          : TypeSerializerSchemaCompatibility.incompatible();
    }
  }
}
