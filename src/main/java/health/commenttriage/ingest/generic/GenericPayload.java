package health.commenttriage.ingest.generic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The body of a generic webhook delivery (web forms, review tools and other sources):
 * {@code {"id","channel":"comment|dm","author":{"id","name"},"text","url","createdAt","lang"}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenericPayload(String id, String channel, Author author, String text, String url, String createdAt,
        String lang) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(String id, String name) {
    }
}
