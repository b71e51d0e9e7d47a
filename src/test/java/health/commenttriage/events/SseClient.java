package health.commenttriage.events;

import static health.commenttriage.user.StaffLogins.basicAuthorization;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A minimal EventSource for tests: reads the "id:", "event:" and "data:" lines of a text/event-stream. */
public final class SseClient implements AutoCloseable {

    public record Event(long id, String type, String data) {

        public long itemId() {
            int at = data.indexOf("\"itemId\":");
            int end = data.indexOf(',', at);
            return Long.parseLong(data.substring(at + 9, end));
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Stream<String> lines;
    private final Thread thread;

    private SseClient(Stream<String> lines) {
        this.lines = lines;
        this.thread = new Thread(this::read, "test-sse-client");
        thread.setDaemon(true);
        thread.start();
    }

    public static SseClient open(URL base, String user, String password, Long lastEventId) throws Exception {
        HttpResponse<Stream<String>> response = HTTP.send(request(base, user, password, lastEventId),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("event stream answered " + response.statusCode());
        }
        return new SseClient(response.body());
    }

    public static int status(URL base, String user, String password) throws Exception {
        return HTTP.send(request(base, user, password, null), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest request(URL base, String user, String password, Long lastEventId) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + "api/v1/events"))
                .header("Accept", "text/event-stream");
        if (user != null) {
            request.header("Authorization", basicAuthorization(user, password));
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        return request.build();
    }

    /** The first event that matches, waiting at most the timeout. */
    public Event next(Predicate<Event> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no matching event within " + timeout);
            }
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    /** Every event up to and including the one with this id. */
    public List<Event> until(long lastId, Duration timeout) throws InterruptedException {
        List<Event> seen = new ArrayList<>();
        Event event;
        do {
            event = next(e -> true, timeout);
            seen.add(event);
        } while (event.id() < lastId);
        return seen;
    }

    private void read() {
        long[] id = {-1};
        String[] type = {"message"};
        StringBuilder data = new StringBuilder();
        try {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(id[0], type[0], data.toString()));
                    }
                    type[0] = "message";
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id[0] = Long.parseLong(line.substring(3).strip());
                } else if (line.startsWith("event:")) {
                    type[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            });
        } catch (RuntimeException e) {
            // the stream was closed
        }
    }

    @Override
    public void close() {
        lines.close(); // cancels the exchange, so the server sees the browser leave
        thread.interrupt();
    }
}
