package health.commenttriage.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.commenttriage.ingest.Inbox;
import health.commenttriage.ingest.generic.GenericDeliveryParser;
import health.commenttriage.practice.PracticeService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * With {@code TRIAGE_DEMO=true}, loads a demo practice and sample messages through the inbox, the same
 * path webhooks take, so a newcomer sees a filled queue. Loading twice changes nothing: the deliveries
 * have fixed ids.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String SOURCE = "demo";
    private static final String MESSAGES = "demo/messages.jsonl";

    private final boolean enabled;
    private final String practiceName;
    private final String timeZone;
    private final PracticeService practices;
    private final Inbox inbox;
    private final ObjectMapper objectMapper;

    public DemoData(@ConfigProperty(name = "triage.demo") boolean enabled,
            @ConfigProperty(name = "triage.practice.name") String practiceName,
            @ConfigProperty(name = "triage.practice.time-zone") String timeZone, PracticeService practices,
            Inbox inbox, ObjectMapper objectMapper) {
        this.enabled = enabled;
        this.practiceName = practiceName;
        this.timeZone = timeZone;
        this.practices = practices;
        this.inbox = inbox;
        this.objectMapper = objectMapper;
    }

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    public int load() {
        long practiceId = practices.ensurePractice(PracticeService.MAIN_SLUG, practiceName, timeZone);
        practices.addChannelAccount(practiceId, GenericDeliveryParser.PLATFORM, SOURCE, "Demo messages");
        int accepted = 0;
        Instant now = Instant.now();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(MESSAGES);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode message = (ObjectNode) objectMapper.readTree(line);
                // sample ages are relative, so the queue looks fresh whenever the demo starts
                long minutesAgo = message.remove("minutesAgo").asLong();
                message.put("createdAt", now.minus(Duration.ofMinutes(minutesAgo)).toString());
                String deliveryId = SOURCE + ":" + message.get("id").asText();
                if (inbox.accept(GenericDeliveryParser.PLATFORM, deliveryId, SOURCE,
                        Map.of("content-type", "application/json"),
                        objectMapper.writeValueAsBytes(message)) == Inbox.Outcome.ACCEPTED) {
                    accepted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("demo messages could not be read", e);
        }
        LOG.infof("Demo data: %d new sample deliveries queued for the demo practice", accepted);
        return accepted;
    }
}
