package org.kofu.core.certificate.assembly;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.SourceVersions;

/**
 * Every text of a certificate's content, whatever row it sits in: the rows are records, in lists
 * and maps, so one walk over record components reaches every field a layout may print, including
 * fields added later.
 */
final class RecordTexts {

  private RecordTexts() {}

  /** Calls {@code each} with every non-null string of {@code content}. */
  static void visit(Object content, Consumer<String> each) {
    map(
        content,
        s -> {
          each.accept(s);
          return s;
        },
        null);
  }

  /**
   * A copy of {@code value} with every string passed through {@code f} and, if {@code sources} is
   * not null, its source versions replaced.
   */
  @SuppressWarnings("unchecked")
  static <T> T map(T value, UnaryOperator<String> f, SourceVersions sources) {
    return (T) copy(value, f, sources);
  }

  private static Object copy(Object o, UnaryOperator<String> f, SourceVersions sources) {
    if (o instanceof String s) {
      return f.apply(s);
    }
    if (o instanceof SourceVersions v) {
      return sources == null ? v : sources;
    }
    if (o instanceof CertificateSubject) {
      return o;
    }
    if (o instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(e -> out.add(copy(e, f, sources)));
      return out;
    }
    if (o instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, copy(v, f, sources)));
      return out;
    }
    if (o instanceof Record r) {
      return record(r, f, sources);
    }
    return o;
  }

  private static Object record(Record r, UnaryOperator<String> f, SourceVersions sources) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = copy(components[i].getAccessor().invoke(r), f, sources);
      }
      Constructor<?> canonical = r.getClass().getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot copy " + r.getClass().getSimpleName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot copy " + r.getClass().getSimpleName(), e.getCause());
    }
  }
}
