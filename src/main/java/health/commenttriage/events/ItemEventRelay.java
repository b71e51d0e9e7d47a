package health.commenttriage.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * LISTENs for item events on one connection of its own and hands each to this replica's subscribers
 * (open SSE streams). Every replica hears every commit, its own included, so there is one path for all.
 * When the connection breaks it reconnects and catches up from the event table, so nothing is skipped.
 */
@ApplicationScoped
public class ItemEventRelay {

    static final String CHANNEL = "triage_item_events";
    /** How long one wait for notifications lasts: also how soon the relay notices a shutdown. */
    private static final int WAIT_MILLIS = 1000;

    private final AgroalDataSource dataSource;
    private final ItemEvents events;
    private final List<Consumer<ItemEvent>> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private volatile long lastSeen = -1;
    private Thread thread;

    public ItemEventRelay(AgroalDataSource dataSource, ItemEvents events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "item-event-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(WAIT_MILLIS * 2);
        }
    }

    /** Adds a subscriber; the returned action removes it. */
    public Runnable subscribe(Consumer<ItemEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    int subscriberCount() {
        return subscribers.size();
    }

    private void listen() {
        long backoffMillis = 500;
        while (running) {
            try (Connection listening = dataSource.getConnection()) {
                listening.setAutoCommit(true);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                catchUp(listening);
                backoffMillis = 500;
                PGConnection pg = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        dispatch(ItemEvent.parse(notification.getParameter()));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    Log.warnf("Item event relay lost its database connection (%s); reconnecting",
                            e.getClass().getSimpleName());
                    sleep(backoffMillis);
                    backoffMillis = Math.min(backoffMillis * 2, 10_000);
                }
            }
        }
    }

    /** First start: begin after the newest event. After a reconnect: relay what was missed meanwhile. */
    private void catchUp(Connection listening) throws SQLException {
        if (lastSeen < 0) {
            try (Statement statement = listening.createStatement();
                    ResultSet newest = statement.executeQuery("SELECT coalesce(max(id), 0) FROM item_event")) {
                newest.next();
                lastSeen = newest.getLong(1);
            }
            return;
        }
        List<ItemEvent> missed;
        do {
            missed = events.after(lastSeen, 1000);
            missed.forEach(this::dispatch);
        } while (missed.size() == 1000);
    }

    private void dispatch(ItemEvent event) {
        lastSeen = Math.max(lastSeen, event.id());
        for (Consumer<ItemEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                Log.debugf("An event subscriber failed: %s", e.getClass().getSimpleName());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
