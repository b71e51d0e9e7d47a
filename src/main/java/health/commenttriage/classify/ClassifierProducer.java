package health.commenttriage.classify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** One classifier per application: its lexicons are read and compiled once, at start. */
@ApplicationScoped
public class ClassifierProducer {

    @Produces
    @ApplicationScoped
    Classifier classifier() {
        return Classifier.load();
    }
}
