package health.commenttriage.user;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The three roles. Each includes the ones below it: a supervisor also works the queue, an admin can do
 * everything, so resources name the lowest role that may call them.
 */
public final class Roles {

    public static final String STAFF = "staff";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";

    /** Lowest first. */
    public static final List<String> ALL = List.of(STAFF, SUPERVISOR, ADMIN);

    private Roles() {
    }

    public static boolean isRole(String role) {
        return ALL.contains(role);
    }

    /** The granted roles with every role they include. */
    public static Set<String> implied(Iterable<String> granted) {
        int highest = -1;
        for (String role : granted) {
            highest = Math.max(highest, ALL.indexOf(role));
        }
        return new LinkedHashSet<>(ALL.subList(0, highest + 1));
    }
}
