package health.commenttriage.classify;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the classifier in process on one thread, over the development set's texts
 * (docs/benchmarks.md): {@code ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=health.commenttriage.classify.ClassifierThroughput -Dexec.args="../shared/datasets/triage-dev/messages.jsonl 10"}: the classifier as the service runs it, rules and
 * statistical layer; a third argument {@code rules} measures the rules alone ({@code model}, the former switch for
 * the layer, is still accepted).
 */
public final class ClassifierThroughput {

    private ClassifierThroughput() {
    }

    public static void main(String[] args) throws Exception {
        List<Evaluation.Example> examples = Evaluation.read(Path.of(args[0]));
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 10;
        boolean withModel = args.length < 3 || !args[2].equals("rules");
        Classifier classifier = withModel ? Classifier.load(true, LabelModel.RESOURCE) : Classifier.load();
        System.out.println("classifier " + classifier.version());
        // warm up the JIT before measuring
        run(classifier, examples, 3_000_000_000L);
        long start = System.nanoTime();
        long done = run(classifier, examples, seconds * 1_000_000_000L);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d messages in %.1f s on one thread: %.0f messages/s%n", done, elapsed,
                done / elapsed);
    }

    private static long run(Classifier classifier, List<Evaluation.Example> examples, long nanos) {
        long deadline = System.nanoTime() + nanos;
        long done = 0;
        while (System.nanoTime() < deadline) {
            for (Evaluation.Example example : examples) {
                classifier.classify(example.text(), example.channel(), example.lang());
                done++;
            }
        }
        return done;
    }
}
