package health.commenttriage.practice;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The practice of a single-practice install, created at start and given the contact details of the
 * TRIAGE_PRACTICE_* variables. A detail already in the database is kept: admins' edits win over the
 * seed.
 */
@ApplicationScoped
public class PracticeSeed {

    private final PracticeService practices;
    private final String name;
    private final String timeZone;
    private final Optional<String> phone;
    private final Optional<String> portalUrl;
    private final Optional<String> website;
    private final Optional<String> hours;
    private final Optional<String> address;
    private final Optional<String> emergencyNumber;
    private final Optional<String> crisisLine;
    private final Optional<String> managerContact;
    private final Optional<String> signOff;
    private final Optional<String> languages;

    public PracticeSeed(PracticeService practices,
            @ConfigProperty(name = "triage.practice.name") String name,
            @ConfigProperty(name = "triage.practice.time-zone") String timeZone,
            @ConfigProperty(name = "triage.practice.phone") Optional<String> phone,
            @ConfigProperty(name = "triage.practice.portal-url") Optional<String> portalUrl,
            @ConfigProperty(name = "triage.practice.website") Optional<String> website,
            @ConfigProperty(name = "triage.practice.hours") Optional<String> hours,
            @ConfigProperty(name = "triage.practice.address") Optional<String> address,
            @ConfigProperty(name = "triage.practice.emergency-number") Optional<String> emergencyNumber,
            @ConfigProperty(name = "triage.practice.crisis-line") Optional<String> crisisLine,
            @ConfigProperty(name = "triage.practice.manager-contact") Optional<String> managerContact,
            @ConfigProperty(name = "triage.practice.sign-off") Optional<String> signOff,
            @ConfigProperty(name = "triage.practice.languages") Optional<String> languages) {
        this.practices = practices;
        this.name = name;
        this.timeZone = timeZone;
        this.phone = phone;
        this.portalUrl = portalUrl;
        this.website = website;
        this.hours = hours;
        this.address = address;
        this.emergencyNumber = emergencyNumber;
        this.crisisLine = crisisLine;
        this.managerContact = managerContact;
        this.signOff = signOff;
        this.languages = languages;
    }

    /** First of the seeds: channel accounts and the demo need the practice. */
    @Transactional
    void onStart(@Observes @Priority(5) StartupEvent event) {
        long id = practices.ensurePractice(PracticeService.MAIN_SLUG, name, timeZone);
        Practice practice = Practice.findById(id);
        seed(phone, () -> practice.phone, v -> practice.phone = v);
        seed(portalUrl, () -> practice.portalUrl, v -> practice.portalUrl = v);
        seed(website, () -> practice.website, v -> practice.website = v);
        seed(hours, () -> practice.hours, v -> practice.hours = v);
        seed(address, () -> practice.address, v -> practice.address = v);
        seed(managerContact, () -> practice.managerContact, v -> practice.managerContact = v);
        seed(signOff, () -> practice.signOff, v -> practice.signOff = v);
        // these have defaults in the database (911, 988, en+es): a configured value replaces only the default
        emergencyNumber.filter(v -> "911".equals(practice.emergencyNumber)).ifPresent(v -> practice.emergencyNumber = v);
        crisisLine.filter(v -> "988".equals(practice.crisisLine)).ifPresent(v -> practice.crisisLine = v);
        languages.map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(l -> !l.isEmpty()).toList())
                .filter(l -> practice.languages.equals(List.of("en", "es")))
                .ifPresent(v -> practice.languages = v);
    }

    private static void seed(Optional<String> configured, Supplier<String> current, Consumer<String> set) {
        if (current.get() == null) {
            configured.filter(v -> !v.isBlank()).ifPresent(set);
        }
    }
}
