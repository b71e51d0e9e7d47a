package health.commenttriage.classify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One classifier per application: its lexicons are read and compiled once, at start. The statistical
 * layer ({@code classifier/model.tsv.gz}, docs/classifier.md "Statistical layer") is used unless
 * {@code triage.classifier.model.enabled} is false; a missing or corrupt model leaves the rules alone, with a
 * warning.
 */
@ApplicationScoped
public class ClassifierProducer {

    /** On by default: it raised macro-F1 on a set neither part had seen (docs/classifier.md). */
    @ConfigProperty(name = "triage.classifier.model.enabled", defaultValue = "true")
    boolean modelEnabled;

    @Produces
    @ApplicationScoped
    Classifier classifier() {
        return Classifier.load(modelEnabled, LabelModel.RESOURCE);
    }
}
