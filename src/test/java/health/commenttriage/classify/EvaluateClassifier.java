package health.commenttriage.classify;

import java.nio.file.Path;

/**
 * The evaluation command (docs/classifier.md):
 * {@code ./mvnw -q test-compile exec:java -Dexec.args="../shared/datasets/triage-dev/messages.jsonl"}.
 * It scores the classifier as the service ships it: the rules and the statistical layer
 * ({@code classifier/model.tsv.gz}). Add {@code --misses} to list the messages it got wrong with expected and
 * predicted labels, and {@code --rules} to score the rules alone ({@code --model}, the former switch for the
 * layer, is still accepted).
 */
public final class EvaluateClassifier {

    private EvaluateClassifier() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: EvaluateClassifier FILE.jsonl [--misses] [--rules]");
            System.exit(2);
        }
        java.util.List<String> options = java.util.Arrays.asList(args).subList(1, args.length);
        Classifier classifier = options.contains("--rules") ? Classifier.load()
                : Classifier.load(true, LabelModel.RESOURCE);
        Evaluation evaluation = Evaluation.run(Path.of(args[0]), classifier);
        System.out.println("classifier " + classifier.version() + " on " + args[0]);
        System.out.print(Evaluation.table(evaluation.report(null)));
        System.out.print(Evaluation.table(evaluation.report("en")));
        System.out.print(Evaluation.table(evaluation.report("es")));
        System.out.println("\nmisclassified: " + evaluation.misses().size());
        boolean details = options.contains("--misses");
        for (Evaluation.Miss miss : evaluation.misses()) {
            if (details) {
                System.out.println(miss.example().id() + "\texpected " + miss.example().labels() + "\tgot "
                        + miss.predicted() + "\t" + miss.example().text());
            } else {
                System.out.print(miss.example().id() + " ");
            }
        }
        System.out.println();
    }
}
