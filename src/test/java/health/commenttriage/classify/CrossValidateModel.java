package health.commenttriage.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statistical layer's honest measurement (docs/classifier.md, "Statistical layer"): leave-one-set-out
 * over the labelled sets of {@link TrainLabelModel#SETS}, then 5-fold cross-validation over the pooled
 * messages. For each left-out part it compares the rules alone, the rules plus a model trained without that
 * part, and that model alone (its eight labels; OTHER when it gives none). The rules were tuned on the sets up
 * to 5a and had families added after sets 11 to 16 (docs/classifier.md), so on those the "rules" figures are fit;
 * "model alone" is a generalisation figure throughout. The development set counts once here, not
 * {@link TrainLabelModel#DEV_WEIGHT} times as in training: in a pooled fold its copies would fall on both sides.
 * <pre>
 * java -cp target/classes:target/test-classes:CLASSPATH health.commenttriage.classify.CrossValidateModel [TARGET_PRECISION]
 * </pre>
 */
public final class CrossValidateModel {

    /** A name per training set, for the tables: "dev", or the file's name without ".jsonl". */
    private static final List<String> NAMES = TrainLabelModel.SETS.stream()
            .map(set -> set.equals(Evaluation.DEV_SET) ? "dev" : set.getFileName().toString().replace(".jsonl", ""))
            .toList();
    private static final List<Label> MODELLED = ModelTraining.LABELS;

    private CrossValidateModel() {
    }

    /** Predictions of the three systems for some examples. */
    record Run(List<Evaluation.Example> examples, List<Set<Label>> rules, List<Set<Label>> combined,
            List<Set<Label>> model) {
        Run() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        void addAll(Run other) {
            examples.addAll(other.examples);
            rules.addAll(other.rules);
            combined.addAll(other.combined);
            model.addAll(other.model);
        }
    }

    public static void main(String[] args) throws Exception {
        ModelTraining.Options options = ModelTraining.Options.DEFAULT;
        if (args.length > 0) {
            options = options.withTargetPrecision(Double.parseDouble(args[0]));
        }
        RuleBook book = RuleBook.load();
        Classifier rulesAlone = new Classifier(book);
        List<List<Evaluation.Example>> sets = new ArrayList<>();
        for (Path set : TrainLabelModel.SETS) {
            sets.add(Evaluation.read(set));
        }
        System.out.printf(Locale.ROOT, "options %s, rules %s%n", options, book.version());

        System.out.println("\n## Leave one set out");
        Run loso = new Run();
        List<String> rows = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            List<Evaluation.Example> train = new ArrayList<>();
            for (int o = 0; o < sets.size(); o++) {
                if (o != s) {
                    train.addAll(sets.get(o));
                }
            }
            ModelTraining.Trained trained = ModelTraining.train(train, options);
            Run run = run(sets.get(s), rulesAlone, new Classifier(book, trained.model()), trained.model());
            loso.addAll(run);
            rows.add(summary(NAMES.get(s), run, trained.threshold()));
        }
        printSummary(rows);
        for (int s = 0; s < sets.size(); s++) {
            Run one = new Run();
            int from = 0;
            for (int o = 0; o < s; o++) {
                from += sets.get(o).size();
            }
            int to = from + sets.get(s).size();
            one.examples.addAll(loso.examples.subList(from, to));
            one.rules.addAll(loso.rules.subList(from, to));
            one.combined.addAll(loso.combined.subList(from, to));
            one.model.addAll(loso.model.subList(from, to));
            printTable("left out: " + NAMES.get(s), one, null);
        }
        printTables("leave-one-set-out, all left-out sets together", loso);

        System.out.println("\n## 5-fold over the pooled sets");
        List<Evaluation.Example> pooled = new ArrayList<>();
        sets.forEach(pooled::addAll);
        int[] fold = ModelTraining.folds(pooled.size(), 5, options.seed() + 1);
        Run cv = new Run();
        rows.clear();
        for (int f = 0; f < 5; f++) {
            List<Evaluation.Example> train = new ArrayList<>();
            List<Evaluation.Example> test = new ArrayList<>();
            for (int i = 0; i < pooled.size(); i++) {
                (fold[i] == f ? test : train).add(pooled.get(i));
            }
            ModelTraining.Trained trained = ModelTraining.train(train, options);
            Run run = run(test, rulesAlone, new Classifier(book, trained.model()), trained.model());
            cv.addAll(run);
            rows.add(summary("fold " + (f + 1), run, trained.threshold()));
        }
        printSummary(rows);
        printTables("5-fold over the pooled sets, all folds together", cv);
    }

    private static Run run(List<Evaluation.Example> examples, Classifier rules, Classifier combined,
            LabelModel model) {
        Run run = new Run();
        for (Evaluation.Example e : examples) {
            run.examples.add(e);
            Classification r = rules.classify(e.text(), e.channel(), e.lang());
            Classification c = combined.classify(e.text(), e.channel(), e.lang());
            if (c.selfHarm() != r.selfHarm() || !c.labels().containsAll(r.labels().stream()
                    .filter(l -> l != Label.OTHER).toList())) {
                throw new AssertionError("the model changed selfHarm or removed a label of " + e.id());
            }
            run.rules.add(EnumSet.copyOf(r.labels()));
            run.combined.add(EnumSet.copyOf(c.labels()));
            double[] p = model.probabilities(ModelTraining.normalize(e.text()));
            Set<Label> alone = EnumSet.noneOf(Label.class);
            for (int l = 0; l < p.length; l++) {
                if (p[l] >= model.threshold(l)) {
                    alone.add(model.labels().get(l));
                }
            }
            if (alone.isEmpty()) {
                alone.add(Label.OTHER);
            }
            run.model.add(alone);
        }
        return run;
    }

    private static double macroModelled(Evaluation.Report report) {
        return MODELLED.stream().map(report::score).filter(s -> s.support() > 0).mapToDouble(Evaluation.Score::f1)
                .average().orElse(0);
    }

    private static String summary(String name, Run run, double[] thresholds) {
        Evaluation r = Evaluation.of(run.examples, run.rules);
        Evaluation c = Evaluation.of(run.examples, run.combined);
        Evaluation m = Evaluation.of(run.examples, run.model);
        StringBuilder t = new StringBuilder();
        for (double x : thresholds) {
            t.append(x > 1 ? "-" : String.format(Locale.ROOT, "%.2f", x)).append(' ');
        }
        Evaluation.Score re = r.report(null).score(Label.EMERGENCY);
        Evaluation.Score ce = c.report(null).score(Label.EMERGENCY);
        return String.format(Locale.ROOT,
                "| %s | %d | %s | %s | %.3f / %.3f / %.3f | %d | %.2f | %d | %.3f/%.3f → %.3f/%.3f | %s|",
                name, run.examples.size(), macro(r), macro(c),
                macroModelled(r.report(null)), macroModelled(c.report(null)), macroModelled(m.report(null)),
                microAdded(run), precisionOfAdded(run), changed(run),
                re.precision(), re.recall(), ce.precision(), ce.recall(), t);
    }

    private static String macro(Evaluation e) {
        return String.format(Locale.ROOT, "%.3f (%.3f/%.3f)", e.report(null).macroF1(), e.report("en").macroF1(),
                e.report("es").macroF1());
    }

    /** Labels the model added to the rules' (OTHER aside). */
    private static int microAdded(Run run) {
        int added = 0;
        for (int i = 0; i < run.examples.size(); i++) {
            for (Label l : run.combined.get(i)) {
                if (l != Label.OTHER && !run.rules.get(i).contains(l)) {
                    added++;
                }
            }
        }
        return added;
    }

    private static double precisionOfAdded(Run run) {
        int added = 0;
        int right = 0;
        for (int i = 0; i < run.examples.size(); i++) {
            for (Label l : run.combined.get(i)) {
                if (l != Label.OTHER && !run.rules.get(i).contains(l)) {
                    added++;
                    right += run.examples.get(i).labels().contains(l) ? 1 : 0;
                }
            }
        }
        return added == 0 ? Double.NaN : right / (double) added;
    }

    /** Messages whose predicted label set the model changed. */
    private static int changed(Run run) {
        int changed = 0;
        for (int i = 0; i < run.examples.size(); i++) {
            changed += run.combined.get(i).equals(run.rules.get(i)) ? 0 : 1;
        }
        return changed;
    }

    private static void printSummary(List<String> rows) {
        System.out.println("| left out | messages | rules macro-F1 (en/es) | rules+model macro-F1 (en/es) "
                + "| 8-label macro-F1 rules / +model / model alone | labels added | added correct | messages changed "
                + "| EMERGENCY P/R rules → +model | thresholds (" + MODELLED + ") |");
        System.out.println("| --- | ---: | --- | --- | --- | ---: | ---: | ---: | --- | --- |");
        rows.forEach(System.out::println);
    }

    private static void printTables(String title, Run run) {
        for (String lang : new String[] {null, "en", "es"}) {
            printTable(title, run, lang);
        }
    }

    private static void printTable(String title, Run run, String lang) {
        Evaluation r = Evaluation.of(run.examples, run.rules);
        Evaluation c = Evaluation.of(run.examples, run.combined);
        Evaluation m = Evaluation.of(run.examples, run.model);
        {
            Evaluation.Report rr = r.report(lang);
            Evaluation.Report cr = c.report(lang);
            Evaluation.Report mr = m.report(lang);
            System.out.printf(Locale.ROOT, "%n### %s: %s (%d messages)%n", title, lang == null ? "all" : lang,
                    rr.messages());
            System.out.println("| label | support | rules P / R / F1 | rules+model P / R / F1 | model alone P / R / F1 |");
            System.out.println("| --- | ---: | --- | --- | --- |");
            for (Label label : Label.values()) {
                System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", label, rr.score(label).support(),
                        prf(rr.score(label)), prf(cr.score(label)),
                        prf(mr.score(label)));
            }
            System.out.printf(Locale.ROOT, "| macro-F1 (9 labels) | | %.3f | %.3f | |%n", rr.macroF1(), cr.macroF1());
            System.out.printf(Locale.ROOT, "| macro-F1 (8 modelled labels) | | %.3f | %.3f | %.3f |%n",
                    macroModelled(rr), macroModelled(cr), macroModelled(mr));
        }
    }

    private static String prf(Evaluation.Score s) {
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", s.precision(), s.recall(), s.f1());
    }
}
