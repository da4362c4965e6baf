package org.kofu.cache.internal;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.spi.merge.MergingValue;
import com.hazelcast.spi.merge.SplitBrainMergePolicy;

/**
 * Merges the two sides' records of a person after a split brain with {@link PersonRecord#merge}:
 * invalidations of both sides apply to the bodies of both sides, so a body invalidated on one side
 * never comes back from the other. Configured by class name for the bodies map.
 */
public class NeverResurrectMergePolicy
    implements SplitBrainMergePolicy<Object, MergingValue<Object>, Object> {

  @Override
  public Object merge(MergingValue<Object> merging, MergingValue<Object> existing) {
    PersonRecord theirs = (PersonRecord) merging.getDeserializedValue();
    if (existing == null || existing.getDeserializedValue() == null) {
      return theirs;
    }
    return PersonRecord.merge((PersonRecord) existing.getDeserializedValue(), theirs);
  }

  @Override
  public void writeData(ObjectDataOutput out) {
    // stateless: nothing to write
  }

  @Override
  public void readData(ObjectDataInput in) {
    // stateless: nothing to read
  }
}
