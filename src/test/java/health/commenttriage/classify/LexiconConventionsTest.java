package health.commenttriage.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conventions of the lexicon files that a reviewer would otherwise have to remember (docs/classifier.md, "Cancel by
 * context"): an emergency entry that reaches eight words or more from its anchor to its sign ("pregnant … bleeding",
 * "fire ants … swelling") must not end on a negated sign, so the sign after a long reach carries its own negation
 * lookbehind ("no swelling anywhere else" is no sting reaction). The negation cues cannot see that far back inside
 * one match.
 */
class LexiconConventionsTest {

    private static final Pattern LONG_REACH = Pattern.compile("\\(\\?:\\\\W\\+\\\\w\\+\\)\\{0,(\\d+)\\}\\??\\\\W\\+");
    private static final int LONG = 8;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en/emergency.rules", "en/self-harm.rules", "es/emergency.rules", "es/self-harm.rules"})
    void aSignAfterALongReachCarriesItsOwnNegation(String file) throws IOException {
        List<String> lacking = new ArrayList<>();
        int reaches = 0;
        for (String line : lines("classifier/" + file)) {
            if (line.startsWith("#") || !line.contains(" : ")) {
                continue;
            }
            String name = line.substring(0, line.indexOf(" : "));
            String pattern = line.substring(line.indexOf(" : ") + 3);
            Matcher reach = LONG_REACH.matcher(pattern);
            while (reach.find()) {
                if (Integer.parseInt(reach.group(1)) >= LONG) {
                    reaches++;
                    if (!pattern.startsWith("(?<!", reach.end())) {
                        lacking.add(name + " at " + reach.start());
                    }
                }
            }
        }
        assertThat(reaches).as("long reaches in " + file).isPositive();
        assertThat(lacking).as("signs after a long reach without a negation lookbehind in " + file).isEmpty();
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = LexiconConventionsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
