package health.commenttriage.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Drains the inbox on every replica. Replicas never take the same delivery: each one is locked with
 * {@code FOR UPDATE SKIP LOCKED} for the length of its transaction.
 */
@ApplicationScoped
public class InboxWorker {

    private static final Logger LOG = Logger.getLogger(InboxWorker.class);

    private final DeliveryProcessor processor;
    private final Timer processingTime;
    private final int batchSize;
    private final int maxAttempts;

    public InboxWorker(DeliveryProcessor processor, MeterRegistry metrics,
            @ConfigProperty(name = "triage.inbox.batch-size", defaultValue = "50") int batchSize,
            @ConfigProperty(name = "triage.inbox.max-attempts") int maxAttempts) {
        this.processor = processor;
        this.processingTime = Timer.builder("triage.delivery.processing")
                .description("time to process one delivery into messages and items").register(metrics);
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(every = "${triage.inbox.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain(batchSize);
    }

    /**
     * Processes up to {@code limit} due deliveries, one transaction each.
     *
     * @return how many deliveries were handled
     */
    public int drain(int limit) {
        int handled = 0;
        while (handled < limit) {
            try {
                Timer.Sample sample = Timer.start();
                Optional<Long> done = processor.processNext();
                if (done.isEmpty()) {
                    break;
                }
                sample.stop(processingTime);
            } catch (DeliveryAttemptFailed e) {
                LOG.warnf("Delivery %d failed, will retry: %s", e.deliveryId(), e.safeReason());
                processor.recordFailedAttempt(e.deliveryId(), e.safeReason(), maxAttempts);
            }
            handled++;
        }
        return handled;
    }
}
