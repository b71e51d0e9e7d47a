package health.commenttriage.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.commenttriage.message.Message;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Classifies a stored message and keeps the result on it: labels, priority, self-harm flag, evidence. */
@ApplicationScoped
public class MessageClassifier {

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
}
