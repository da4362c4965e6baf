package org.kofu.core.render.layout;

import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/** The rows as the template's fields, without the reflection of the bean data sources. */
public final class RowDataSource implements JRDataSource {

  private final List<Row> rows;
  private int index = -1;

  public RowDataSource(List<Row> rows) {
    this.rows = rows;
  }

  @Override
  public boolean next() {
    index++;
    return index < rows.size();
  }

  @Override
  public Object getFieldValue(JRField field) {
    Row row = rows.get(index);
    return switch (field.getName()) {
      case "kind" -> row.kind();
      case "label" -> row.label();
      case "value" -> row.value();
      case "image" -> row.image();
      case "label2" -> row.label2();
      case "value2" -> row.value2();
      default -> throw new IllegalArgumentException("no field " + field.getName());
    };
  }
}
