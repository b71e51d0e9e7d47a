package health.commenttriage.classify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One classifier per application: its lexicons are read and compiled once, at start. The statistical
 * layer ({@code classifier/model.tsv.gz}, docs/classifier.md "Statistical layer") is used only when
 * {@code triage.classifier.model.enabled} is true; a missing or corrupt model then leaves the rules alone,
 * with a warning.
 */
@ApplicationScoped
public class ClassifierProducer {

    /** Off by default: the cross-validation did not justify it (docs/classifier.md). */
    @ConfigProperty(name = "triage.classifier.model.enabled", defaultValue = "false")
    boolean modelEnabled;

    @Produces
    @ApplicationScoped
    Classifier classifier() {
        return Classifier.load(modelEnabled, LabelModel.RESOURCE);
    }
}
