package health.commenttriage.queue;

import static org.assertj.core.api.Assertions.assertThat;

import health.commenttriage.practice.Practice;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Due times: the defaults, a practice's own, and P4's business day in the practice's time zone. */
class ServiceLevelTest {

    private static final OffsetDateTime FRIDAY_3PM_NEW_YORK = OffsetDateTime.parse("2026-11-27T15:00:00-05:00");

    @Test
    void defaultsPerPriority() {
        Practice practice = new Practice();
        assertThat(ServiceLevel.dueAt(practice, (short) 1, FRIDAY_3PM_NEW_YORK)).contains(FRIDAY_3PM_NEW_YORK.plusMinutes(5));
        assertThat(ServiceLevel.dueAt(practice, (short) 2, FRIDAY_3PM_NEW_YORK)).contains(FRIDAY_3PM_NEW_YORK.plusHours(1));
        assertThat(ServiceLevel.dueAt(practice, (short) 3, FRIDAY_3PM_NEW_YORK)).contains(FRIDAY_3PM_NEW_YORK.plusHours(4));
        assertThat(ServiceLevel.dueAt(practice, (short) 5, FRIDAY_3PM_NEW_YORK)).isEmpty();
    }

    @Test
    void p4IsTheNextBusinessDayInThePracticesTimeZone() {
        Practice practice = new Practice();
        practice.timeZone = "America/New_York";
        assertThat(ServiceLevel.dueAt(practice, (short) 4, FRIDAY_3PM_NEW_YORK).orElseThrow().toInstant())
                .as("Friday afternoon is due Monday afternoon").isEqualTo(FRIDAY_3PM_NEW_YORK.plusDays(3).toInstant());
        OffsetDateTime saturday = FRIDAY_3PM_NEW_YORK.plusDays(1);
        assertThat(ServiceLevel.dueAt(practice, (short) 4, saturday).orElseThrow().toInstant())
                .isEqualTo(FRIDAY_3PM_NEW_YORK.plusDays(3).toInstant());
        // 11 pm Thursday in Los Angeles is already Friday in UTC: the practice's own calendar counts
        practice.timeZone = "America/Los_Angeles";
        OffsetDateTime thursdayNight = OffsetDateTime.parse("2026-11-26T23:00:00-08:00");
        assertThat(ServiceLevel.dueAt(practice, (short) 4, thursdayNight).orElseThrow().toInstant())
                .isEqualTo(thursdayNight.plusDays(1).toInstant());
    }

    @Test
    void aPracticesOwnServiceLevelsWin() {
        Practice practice = new Practice();
        practice.slaP1 = Duration.ofMinutes(2);
        practice.slaP4 = Duration.ofHours(8);
        assertThat(ServiceLevel.dueAt(practice, (short) 1, FRIDAY_3PM_NEW_YORK)).contains(FRIDAY_3PM_NEW_YORK.plusMinutes(2));
        assertThat(ServiceLevel.dueAt(practice, (short) 4, FRIDAY_3PM_NEW_YORK)).contains(FRIDAY_3PM_NEW_YORK.plusHours(8));
        assertThat(ServiceLevel.dueAt(practice, (short) 2, FRIDAY_3PM_NEW_YORK)).contains(FRIDAY_3PM_NEW_YORK.plusHours(1));
    }
}
