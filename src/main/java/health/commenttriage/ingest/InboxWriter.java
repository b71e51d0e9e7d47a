package health.commenttriage.ingest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Group commit for the ack path: deliveries that arrive together are inserted by one statement in one
 * transaction, and each caller returns only after that transaction has committed. Under load this
 * replaces one commit (one WAL flush) per request with one per batch; alone, a delivery is written at once.
 */
@ApplicationScoped
public class InboxWriter {

    /** A delivery on its way into {@code inbound_event}; {@code headers} is already JSON. */
    public record Delivery(String platform, String deliveryId, String source, String headers, byte[] body) {
    }

    private record Pending(Delivery delivery, CompletableFuture<Inbox.Outcome> outcome) {
    }

    private static final Logger LOG = Logger.getLogger(InboxWriter.class);
    private static final int MAX_BATCH = 200;
    private static final long MAX_BATCH_BYTES = 8L * 1024 * 1024;

    private final AgroalDataSource dataSource;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);
    private final int writers;
    private final Duration timeout;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public InboxWriter(AgroalDataSource dataSource,
            @ConfigProperty(name = "triage.inbox.writers", defaultValue = "2") int writers,
            @ConfigProperty(name = "triage.inbox.write-timeout", defaultValue = "8s") Duration timeout) {
        this.dataSource = dataSource;
        this.writers = writers;
        this.timeout = timeout;
    }

    /** First of the start-up observers: the demo loader and the seeds write through it. */
    void start(@Observes @Priority(1) StartupEvent event) {
        running = true;
        for (int i = 0; i < writers; i++) {
            Thread thread = new Thread(this::run, "inbox-writer-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    /** Requests have drained by now (quarkus.shutdown.timeout); finish what is queued, then stop. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(timeout.toMillis());
        }
    }

    /**
     * Stores a delivery and waits until it is committed.
     *
     * @throws IllegalStateException when it could not be stored in time; it may still commit later, which
     *                               the platform's retry then meets as a duplicate
     */
    public Inbox.Outcome write(Delivery delivery) {
        Pending pending = new Pending(delivery, new CompletableFuture<>());
        try {
            if (!running || !queue.offer(pending, 1, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the inbox is not taking deliveries now");
            }
            return pending.outcome().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a delivery", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the delivery could not be stored", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("storing the delivery took longer than " + timeout, e);
        }
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            List<Pending> batch = new ArrayList<>();
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long bytes = first.delivery().body().length;
                Pending next;
                while (batch.size() < MAX_BATCH && bytes < MAX_BATCH_BYTES && (next = queue.poll()) != null) {
                    batch.add(next);
                    bytes += next.delivery().body().length;
                }
                insert(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.forEach(p -> p.outcome().completeExceptionally(e));
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("A batch of %d deliveries could not be stored: %s", batch.size(),
                        e.getClass().getSimpleName());
                batch.forEach(p -> p.outcome().completeExceptionally(e));
            }
        }
    }

    private void insert(List<Pending> batch) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO inbound_event (platform, delivery_id, source, headers, body) VALUES ");
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, CAST(? AS jsonb), ?)");
        }
        sql.append(" ON CONFLICT (platform, delivery_id) DO NOTHING RETURNING platform, delivery_id");
        Set<String> inserted = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                int p = 1;
                for (Pending pending : batch) {
                    Delivery d = pending.delivery();
                    statement.setString(p++, d.platform());
                    statement.setString(p++, d.deliveryId());
                    statement.setString(p++, d.source());
                    statement.setString(p++, d.headers());
                    statement.setBytes(p++, d.body());
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getString(1) + "\n" + rows.getString(2));
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        // only now, after the commit, are the callers answered; the first copy of a key in the batch is the new one
        for (Pending pending : batch) {
            boolean isNew = inserted.remove(pending.delivery().platform() + "\n" + pending.delivery().deliveryId());
            pending.outcome().complete(isNew ? Inbox.Outcome.ACCEPTED : Inbox.Outcome.DUPLICATE);
        }
    }
}
