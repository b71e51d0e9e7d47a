package health.commenttriage.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.commenttriage.classify.Classification.Evidence;
import health.commenttriage.classify.Classification.Suppressed;
import health.commenttriage.message.Message;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Classifies a stored message and keeps the result on it: labels, priority, self-harm flag, evidence. */
@ApplicationScoped
public class MessageClassifier {

    /** What {@link #classify} keeps beside the labels, as JSON on the message: evidence and suppressed matches. */
    public record Stored(List<Evidence> evidence, List<Suppressed> suppressed) {
        static final Stored NONE = new Stored(List.of(), List.of());
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Classifier classifier;
    private final ObjectMapper objectMapper;

    public MessageClassifier(Classifier classifier, ObjectMapper objectMapper) {
        this.classifier = classifier;
        this.objectMapper = objectMapper;
    }

    public Classification classify(Message message) {
        Classification result = classifier.classify(message.text, message.channel, message.lang);
        message.labels = result.labels().stream().map(Label::name).toList();
        message.priority = (short) result.priorityNumber();
        message.selfHarm = result.selfHarm();
        if (message.lang == null) {
            message.lang = result.lang();
        }
        try {
            message.classification = objectMapper.writeValueAsString(Map.of("evidence", result.evidence(),
                    "suppressed", result.suppressed(), "version", result.version(), "truncated", result.truncated()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("classification cannot be written as JSON", e);
        }
        return result;
    }

    /** Reads a message's stored classification JSON; nothing when there is none or it cannot be read. */
    public static Stored stored(String classificationJson) {
        if (classificationJson == null || classificationJson.isBlank()) {
            return Stored.NONE;
        }
        try {
            JsonNode root = JSON.readTree(classificationJson);
            List<Evidence> evidence = new ArrayList<>();
            for (JsonNode e : root.path("evidence")) {
                label(e).ifPresent(label -> evidence.add(new Evidence(label, e.path("start").asInt(),
                        e.path("end").asInt(), e.path("text").asText(), e.path("rule").asText())));
            }
            List<Suppressed> suppressed = new ArrayList<>();
            for (JsonNode x : root.path("suppressed")) {
                label(x).ifPresent(label -> suppressed.add(new Suppressed(label, x.path("start").asInt(),
                        x.path("end").asInt(), x.path("text").asText(), x.path("reason").asText())));
            }
            return new Stored(evidence, suppressed);
        } catch (IOException e) {
            return Stored.NONE;
        }
    }

    private static Optional<Label> label(JsonNode span) {
        String name = span.path("label").asText();
        return Label.NAMES.contains(name) ? Optional.of(Label.valueOf(name)) : Optional.empty();
    }
}
