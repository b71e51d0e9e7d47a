package health.commenttriage.queue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/** How soon an item of each priority must be answered (default service levels). */
public final class ServiceLevel {

    /** A message the classifier has not seen (it never should be) asks for a human look within P3's time. */
    public static final short UNCLASSIFIED_PRIORITY = 3;

    private ServiceLevel() {
    }

    public static Optional<OffsetDateTime> dueAt(short priority, OffsetDateTime from) {
        return switch (priority) {
            case 1 -> Optional.of(from.plus(Duration.ofMinutes(5)));
            case 2 -> Optional.of(from.plus(Duration.ofHours(1)));
            case 3 -> Optional.of(from.plus(Duration.ofHours(4)));
            case 4 -> Optional.of(from.plus(Duration.ofDays(1)));
            default -> Optional.empty();
        };
    }
}
