package health.commenttriage.reports;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields with a comma, quote or line break quoted and their
 * quotes doubled. Text that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    /** The rows of one record type, its components (in snake_case) as the header. */
    public static String of(Class<? extends Record> type, List<? extends Record> rows) {
        RecordComponent[] components = type.getRecordComponents();
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < components.length; c++) {
            if (c > 0) {
                out.append(',');
            }
            out.append(field(snake(components[c].getName())));
        }
        out.append("\r\n");
        for (Record row : rows) {
            for (int c = 0; c < components.length; c++) {
                if (c > 0) {
                    out.append(',');
                }
                out.append(field(value(components[c], row)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** One field, quoted when it must be. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || !text.equals(text.strip())) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Object value(RecordComponent component, Record row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
