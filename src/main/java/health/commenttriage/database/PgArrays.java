package health.commenttriage.database;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A PostgreSQL array literal ({@code {a,b,c}}) for a bound parameter that SQL casts to an array. Only
 * for values of our own with no commas, braces or quotes: ids, role names, attachment kinds.
 */
public final class PgArrays {

    private PgArrays() {
    }

    public static String literal(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
