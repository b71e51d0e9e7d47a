package health.commenttriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Lenient readers for platform JSON, where ids come as numbers or strings and fields come and go. */
public final class JsonFields {

    private JsonFields() {
    }

    /** Reads a stored body as a JSON tree; the error names no content. */
    public static JsonNode readTree(ObjectMapper objectMapper, byte[] body) throws MalformedDeliveryException {
        try {
            return objectMapper.readTree(body);
        } catch (IOException e) {
            throw new MalformedDeliveryException("body is not valid JSON");
        }
    }

    /** The field as text (numbers as their digits), or null when absent, null or empty. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    public static String text(JsonNode node, String object, String field) {
        return text(node == null ? null : node.get(object), field);
    }

    /**
     * A time given as Unix seconds, Unix milliseconds (numbers or digit strings) or ISO-8601; null when
     * absent or unreadable.
     */
    public static Instant time(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            long number = Long.parseLong(value);
            return number > 100_000_000_000L ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The first value that is not null, or null when both are. */
    public static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    public static boolean isTrue(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && (value.asBoolean(false) || "true".equalsIgnoreCase(value.asText()));
    }
}
