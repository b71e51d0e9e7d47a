import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the two hot staff calls, one at a time over loopback: the first page of the open queue,
 * and a claim of an open item. Client-side times, so an upper bound of the server-side ones.
 * Usage: java QueueLatency.java BASE_URL USER PASSWORD REQUESTS
 */
public class QueueLatency {

    /**
     * Requests of each kind before measuring. A running service is warm; 200 left the JIT still compiling
     * through the first thousand measured requests, whose tail was twice the later ones'.
     */
    private static final int WARM_UP = 2000;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int requests = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newHttpClient();

        HttpRequest firstPage = HttpRequest.newBuilder(URI.create(base + "/api/v1/items?limit=50"))
                .header("Authorization", auth).build();
        for (int i = 0; i < WARM_UP; i++) { // warm up the JIT and the connection pool
            http.send(firstPage, HttpResponse.BodyHandlers.ofString());
        }
        long[] pageTimes = new long[requests];
        String page = null;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(firstPage, HttpResponse.BodyHandlers.ofString());
            pageTimes[i] = System.nanoTime() - start;
            check(response, 200);
            page = response.body();
        }
        report("first page of the open queue (50 items)", pageTimes);

        // open items to claim: P3 ones (the first page, P1, stays as it is)
        List<Long> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\\{\"id\":(\\d+)").matcher("");
        String cursor = null;
        while (ids.size() < requests + WARM_UP) {
            HttpRequest next = HttpRequest.newBuilder(URI.create(base + "/api/v1/items?priority=P3&limit=500"
                    + (cursor == null ? "" : "&cursor=" + cursor))).header("Authorization", auth).build();
            HttpResponse<String> response = http.send(next, HttpResponse.BodyHandlers.ofString());
            check(response, 200);
            id.reset(response.body());
            while (id.find()) {
                ids.add(Long.parseLong(id.group(1)));
            }
            cursor = response.headers().firstValue("X-Next-Cursor").orElse(null);
            if (cursor == null) {
                break;
            }
        }
        for (int i = 0; i < WARM_UP; i++) {
            check(http.send(claim(base, auth, ids.get(i)), HttpResponse.BodyHandlers.ofString()), 200);
        }
        long[] claimTimes = new long[requests];
        for (int i = 0; i < requests; i++) {
            HttpRequest claim = claim(base, auth, ids.get(WARM_UP + i));
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(claim, HttpResponse.BodyHandlers.ofString());
            claimTimes[i] = System.nanoTime() - start;
            check(response, 200);
        }
        report("claim of an open item", claimTimes);
    }

    private static HttpRequest claim(String base, String auth, long id) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/items/" + id + "/claim"))
                .header("Authorization", auth).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private static void check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-42s n=%d  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n", what, sorted.length,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
