package health.commenttriage.ingest.generic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import health.commenttriage.ingest.DeliveryParser;
import health.commenttriage.ingest.InboundChange;
import health.commenttriage.ingest.InboundEvent;
import health.commenttriage.ingest.MalformedDeliveryException;
import health.commenttriage.ingest.ParsedDelivery;
import health.commenttriage.message.NewMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads generic deliveries: one message per delivery, routed by the delivery's source name. */
@ApplicationScoped
public class GenericDeliveryParser implements DeliveryParser {

    public static final String PLATFORM = "generic";
    private static final Set<String> CHANNELS = Set.of(NewMessage.COMMENT, NewMessage.DM);
    private static final Set<String> LANGUAGES = Set.of("en", "es");

    private final ObjectMapper objectMapper;

    public GenericDeliveryParser(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public ParsedDelivery parse(InboundEvent delivery) throws MalformedDeliveryException {
        GenericPayload payload = read(delivery.body);
        String problem = problemWith(payload);
        if (problem != null) {
            throw new MalformedDeliveryException(problem);
        }
        String source = delivery.source;
        String conversation = NewMessage.DM.equals(payload.channel()) ? source + ":" + payload.author().id() : null;
        NewMessage message = new NewMessage(PLATFORM, payload.channel(), source + ":" + payload.id(), conversation,
                null, payload.author().id(), payload.author().name(), payload.text(), payload.lang(),
                createdAt(payload), payload.url(), List.of());
        return ParsedDelivery.of(List.of(InboundChange.created(PLATFORM, source, message)));
    }

    public GenericPayload read(byte[] body) throws MalformedDeliveryException {
        try {
            GenericPayload payload = objectMapper.readValue(body, GenericPayload.class);
            if (payload == null) {
                throw new MalformedDeliveryException("body is not a JSON object");
            }
            return payload;
        } catch (MismatchedInputException e) {
            if (!e.getPath().isEmpty()) {
                String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                        : "[" + r.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
                throw new MalformedDeliveryException(field + " has the wrong type");
            }
            throw new MalformedDeliveryException("body must be a JSON object");
        } catch (JsonProcessingException e) {
            // Jackson's message may quote the body; say only where it broke
            throw new MalformedDeliveryException("body is not valid JSON for a generic delivery (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new MalformedDeliveryException("body could not be read");
        }
    }

    /** Names the first field that breaks the schema, or null when the payload is valid. */
    public static String problemWith(GenericPayload payload) {
        if (blank(payload.id())) {
            return "id is required";
        }
        if (payload.channel() == null || !CHANNELS.contains(payload.channel())) {
            return "channel must be \"comment\" or \"dm\"";
        }
        if (payload.author() == null || blank(payload.author().id())) {
            return "author.id is required";
        }
        if (payload.text() == null) {
            return "text is required";
        }
        if (payload.lang() != null && !LANGUAGES.contains(payload.lang())) {
            return "lang must be \"en\" or \"es\" when given";
        }
        if (payload.createdAt() != null) {
            try {
                Instant.parse(payload.createdAt());
            } catch (DateTimeParseException e) {
                return "createdAt must be an ISO-8601 instant such as 2026-11-25T10:15:30Z";
            }
        }
        return null;
    }

    private static Instant createdAt(GenericPayload payload) {
        return payload.createdAt() == null ? Instant.now() : Instant.parse(payload.createdAt());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
