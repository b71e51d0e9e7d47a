package health.commenttriage.ingest;

import health.commenttriage.classify.MessageClassifier;
import health.commenttriage.message.Message;
import health.commenttriage.message.MessageStore;
import health.commenttriage.message.NewMessage;
import health.commenttriage.practice.PracticeService;
import health.commenttriage.queue.TriageQueue;
import health.commenttriage.reply.DraftStore;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Processes one pending delivery in one transaction: parse, route to the practice, store the new
 * messages, file them in the queue, mark the delivery done. A crash before the commit leaves the
 * delivery pending for the next worker; the unique keys make a second run change nothing.
 */
@ApplicationScoped
public class DeliveryProcessor {

    private static final Logger LOG = Logger.getLogger(DeliveryProcessor.class);

    private final EntityManager entityManager;
    private final MeterRegistry metrics;
    private final Map<String, DeliveryParser> parsers;
    private final PracticeService practices;
    private final MessageStore messages;
    private final MessageClassifier classifier;
    private final DraftStore drafts;
    private final TriageQueue queue;

    public DeliveryProcessor(EntityManager entityManager, Instance<DeliveryParser> parsers,
            PracticeService practices, MessageStore messages, MessageClassifier classifier, TriageQueue queue,
            DraftStore drafts, MeterRegistry metrics) {
        this.classifier = classifier;
        this.drafts = drafts;
        this.entityManager = entityManager;
        this.metrics = metrics;
        this.parsers = parsers.stream().collect(Collectors.toMap(DeliveryParser::platform, Function.identity()));
        this.practices = practices;
        this.messages = messages;
        this.queue = queue;
    }

    /**
     * Takes the oldest due pending delivery that no other worker holds and processes it.
     *
     * @return the id of the delivery handled, or empty when none was waiting
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> processNext() {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("""
                SELECT id FROM inbound_event
                WHERE status = 'PENDING' AND next_attempt_at <= now()
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED""").getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long id = ids.get(0).longValue();
        try {
            process(entityManager.find(InboundEvent.class, id));
        } catch (RuntimeException e) {
            throw new DeliveryAttemptFailed(id, e);
        }
        return Optional.of(id);
    }

    private void process(InboundEvent delivery) {
        DeliveryParser parser = parsers.get(delivery.platform);
        if (parser == null) {
            finish(delivery, InboundEvent.Status.FAILED, "no parser for platform " + delivery.platform);
            return;
        }
        ParsedDelivery parsed;
        try {
            parsed = parser.parse(delivery);
        } catch (MalformedDeliveryException e) {
            finish(delivery, InboundEvent.Status.FAILED, e.getMessage());
            return;
        }
        if (parsed.changes().isEmpty()) {
            finish(delivery, InboundEvent.Status.IGNORED, null);
            return;
        }
        Set<String> unknownAccounts = new TreeSet<>();
        for (InboundChange change : parsed.changes()) {
            Optional<Long> practiceId = practices.practiceFor(change.accountPlatform(), change.accountId());
            if (practiceId.isEmpty()) {
                unknownAccounts.add(change.accountPlatform() + ":" + change.accountId());
                continue;
            }
            apply(change, practiceId.get(), delivery.id);
        }
        if (unknownAccounts.isEmpty()) {
            finish(delivery, InboundEvent.Status.PROCESSED, null);
        } else {
            // kept, and processed again when an admin routes the account (the applied part changes nothing then)
            finish(delivery, InboundEvent.Status.UNROUTED, "no practice has the account "
                    + String.join(", ", unknownAccounts));
        }
    }

    private void apply(InboundChange change, long practiceId, long deliveryId) {
        NewMessage incoming = change.message();
        switch (change.kind()) {
            // a repeated message is left alone by the insert's ON CONFLICT
            case NEW -> messages.insertIfNew(practiceId, deliveryId, incoming).ifPresent(this::classifyAndFile);
            case EDITED -> {
                Optional<Message> known = messages.find(incoming.platform(), incoming.platformMessageId());
                if (known.isEmpty()) {
                    // the original never reached us: the edited text is the message
                    messages.insertIfNew(practiceId, deliveryId, incoming).ifPresent(this::classifyAndFile);
                } else if (messages.edit(known.get(), incoming.text())) {
                    classifier.classify(known.get());
                    queue.messageEdited(known.get()).ifPresent(item -> drafts.redraft(item, known.get()));
                }
            }
            case WITHDRAWN -> messages.find(incoming.platform(), incoming.platformMessageId())
                    .filter(messages::markWithdrawn)
                    .ifPresent(queue::messageWithdrawn);
        }
    }

    private void classifyAndFile(Message message) {
        classifier.classify(message);
        drafts.redraft(queue.file(message), message);
    }

    private void finish(InboundEvent delivery, InboundEvent.Status status, String reason) {
        metrics.counter("triage.inbox.outcomes", "platform", delivery.platform, "status", status.name()).increment();
        if (status != InboundEvent.Status.PROCESSED) {
            LOG.infof("Delivery %d from %s marked %s: %s", delivery.id, delivery.platform, status, reason);
        }
        delivery.status = status;
        delivery.lastError = reason;
        delivery.attempts++;
        delivery.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * Records a failed attempt after its transaction rolled back: the delivery is retried later with
     * exponential backoff, and becomes FAILED after {@code maxAttempts}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailedAttempt(long deliveryId, String reason, int maxAttempts) {
        entityManager.createNativeQuery("""
                UPDATE inbound_event
                SET attempts = attempts + 1,
                    last_error = ?2,
                    status = CASE WHEN attempts + 1 >= ?3 THEN 'FAILED' ELSE 'PENDING' END,
                    next_attempt_at = now() + make_interval(secs => least(power(2, attempts + 1), 3600))
                WHERE id = ?1 AND status = 'PENDING'""")
                .setParameter(1, deliveryId)
                .setParameter(2, reason)
                .setParameter(3, maxAttempts)
                .executeUpdate();
        InboundEvent delivery = entityManager.find(InboundEvent.class, deliveryId);
        if (delivery != null && delivery.status == InboundEvent.Status.FAILED) {
            metrics.counter("triage.inbox.outcomes", "platform", delivery.platform, "status", "FAILED").increment();
        }
    }
}
