package health.commenttriage.ingest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request headers kept with a raw delivery: those that identify, sign or describe it. */
public final class WebhookHeaders {

    private WebhookHeaders() {
    }

    public static Map<String, String> keep(HttpHeaders headers, String... names) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : names) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                kept.put(name.toLowerCase(), value);
            }
        }
        String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            kept.put("content-type", contentType);
        }
        return kept;
    }
}
