package health.commenttriage.queue;

import health.commenttriage.practice.Practice;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * How soon an item of each priority must be answered. Defaults: P1 5 minutes, P2 1 hour, P3 4 hours,
 * P4 one business day in the practice's time zone, P5 none; a practice may set its own for P1 to P4.
 */
public final class ServiceLevel {

    /** A message the classifier has not seen (it never should be) asks for a human look within P3's time. */
    public static final short UNCLASSIFIED_PRIORITY = 3;

    static final Map<Integer, Duration> DEFAULTS = Map.of(1, Duration.ofMinutes(5), 2, Duration.ofHours(1),
            3, Duration.ofHours(4));

    private ServiceLevel() {
    }

    /** When an item of this priority that arrived at {@code from} is due; empty for P5. */
    public static Optional<OffsetDateTime> dueAt(Practice practice, short priority, OffsetDateTime from) {
        Duration own = practice == null ? null : switch (priority) {
            case 1 -> practice.slaP1;
            case 2 -> practice.slaP2;
            case 3 -> practice.slaP3;
            case 4 -> practice.slaP4;
            default -> null;
        };
        if (own != null) {
            return Optional.of(from.plus(own));
        }
        if (priority == 4) {
            return Optional.of(nextBusinessDay(from, practice == null ? ZoneId.of("America/New_York")
                    : ZoneId.of(practice.timeZone)));
        }
        return Optional.ofNullable(DEFAULTS.get((int) priority)).map(from::plus);
    }

    /**
     * The same local time on the next weekday: Friday afternoon is due Monday afternoon, a Saturday or
     * Sunday message on Monday. Public holidays are not known.
     */
    static OffsetDateTime nextBusinessDay(OffsetDateTime from, ZoneId zone) {
        ZonedDateTime local = from.atZoneSameInstant(zone).plusDays(1);
        while (local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY) {
            local = local.plusDays(1);
        }
        return local.toOffsetDateTime();
    }
}
