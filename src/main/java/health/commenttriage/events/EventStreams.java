package health.commenttriage.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open event streams of this replica: each gets the relay's events (filtered to its user's
 * practices), what it missed when it resumes, and a keep-alive comment now and then.
 */
@ApplicationScoped
public class EventStreams {

    /** A proxy or load balancer closes a silent connection; a comment line now and then keeps it open. */
    static final long KEEP_ALIVE_SECONDS = 20;
    private static final int MAX_REPLAY = 5000;

    private final ItemEventRelay relay;
    private final ItemEvents events;
    private final Map<Stream, Runnable> open = new ConcurrentHashMap<>();
    private final Thread closeOnExit = new Thread(this::closeAll, "sse-close-on-exit");
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sse-keep-alive");
        thread.setDaemon(true);
        return thread;
    });

    public EventStreams(ItemEventRelay relay, ItemEvents events) {
        this.relay = relay;
        this.events = events;
        keepAlive.scheduleAtFixedRate(this::ping, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    /** Starts a stream: subscribe first, then replay, so an event committed in between is sent once, in order. */
    public void open(SseEventSink sink, Sse sse, List<Long> practiceIds, String lastEventId) {
        Stream stream = new Stream(sink, sse, practiceIds);
        synchronized (stream) {
            open.put(stream, relay.subscribe(stream::send));
            long after = parse(lastEventId);
            if (after >= 0) {
                events.after(after, MAX_REPLAY).forEach(stream::sendReplayed);
            } else {
                stream.sendComment("connected");
            }
        }
    }

    /**
     * An event stream never ends by itself, and Quarkus' graceful shutdown waits for open requests: on
     * SIGTERM the streams are closed at once (browsers reconnect to another replica) instead of holding
     * the pod for the whole shutdown timeout.
     */
    void onStart(@Observes StartupEvent event) {
        Runtime.getRuntime().addShutdownHook(closeOnExit);
    }

    void onStop(@Observes ShutdownEvent event) {
        keepAlive.shutdownNow();
        closeAll();
        try {
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
        } catch (IllegalStateException exiting) {
            // the JVM is exiting: the hook has run or is running
        }
    }

    private void closeAll() {
        open.keySet().forEach(Stream::close);
    }

    int openStreams() {
        return open.size();
    }

    private void ping() {
        for (Stream stream : open.keySet()) {
            stream.sendComment("keep-alive");
        }
    }

    private static long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException e) {
            return -1; // not one of ours: start live
        }
    }

    /** One browser's stream. Sends are serialised; a closed or failed stream unsubscribes itself. */
    private final class Stream {

        private final SseEventSink sink;
        private final Sse sse;
        private final List<Long> practiceIds;
        private long lastReplayed = -1;

        Stream(SseEventSink sink, Sse sse, List<Long> practiceIds) {
            this.sink = sink;
            this.sse = sse;
            this.practiceIds = practiceIds;
        }

        synchronized void sendReplayed(ItemEvent event) {
            lastReplayed = Math.max(lastReplayed, event.id());
            deliver(event);
        }

        synchronized void send(ItemEvent event) {
            if (event.id() > lastReplayed) {
                deliver(event);
            }
        }

        private void deliver(ItemEvent event) {
            if (practiceIds != null && !practiceIds.contains(event.practiceId())) {
                return;
            }
            write(sse.newEventBuilder().id(Long.toString(event.id())).name(event.type())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, event.json()).build());
        }

        synchronized void sendComment(String comment) {
            write(sse.newEventBuilder().comment(comment).build());
        }

        private void write(OutboundSseEvent event) {
            if (sink.isClosed()) {
                close();
                return;
            }
            sink.send(event).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    close();
                }
            });
        }

        void close() {
            Runnable unsubscribe = open.remove(this);
            if (unsubscribe != null) {
                unsubscribe.run();
            }
            if (!sink.isClosed()) {
                sink.close();
            }
        }
    }
}
