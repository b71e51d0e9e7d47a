import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load on the webhook ack path: CONCURRENCY senders post distinct, correctly signed Meta deliveries to
 * URL for SECONDS and report deliveries per second and latency percentiles. Bounded in count and time,
 * loopback only. Usage: java AckPathLoad.java URL SECRET CONCURRENCY SECONDS
 */
public class AckPathLoad {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String secret = args[1];
        int concurrency = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        if (!url.getHost().equals("localhost") && !url.getHost().startsWith("127.")) {
            throw new IllegalArgumentException("loopback only");
        }
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        ExecutorService senders = Executors.newFixedThreadPool(concurrency);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong counter = new AtomicLong();
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            results.add(senders.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                while (System.nanoTime() < deadline && latencies.size() < 1_000_000) {
                    long n = counter.incrementAndGet();
                    byte[] body = ("{\"object\":\"page\",\"entry\":[{\"id\":\"999\",\"time\":" + n + ",\"changes\":"
                            + "[{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"b_"
                            + n + "\",\"post_id\":\"999_1\",\"from\":{\"id\":\"7\",\"name\":\"Load\"},\"created_time\":"
                            + "1764000000,\"message\":\"benchmark delivery " + n + " with some ordinary text to make"
                            + " the body about as long as a real comment notification\"}}]}]}")
                            .getBytes(StandardCharsets.UTF_8);
                    String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
                    long start = System.nanoTime();
                    int status = client.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                            .header("X-Hub-Signature-256", signature)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 200) {
                        throw new IllegalStateException("answered " + status);
                    }
                    latencies.add(System.nanoTime() - start);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get());
        }
        senders.shutdown();
        Collections.sort(all);
        System.out.printf("deliveries: %d in %d s = %.0f per second; latency ms p50 %.1f, p90 %.1f, p99 %.1f%n",
                all.size(), seconds, all.size() / (double) seconds, pct(all, 0.50), pct(all, 0.90), pct(all, 0.99));
        System.exit(0);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, p * sorted.size())) / 1e6;
    }
}
