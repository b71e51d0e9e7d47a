package health.commenttriage.classify;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells Spanish from English by their most frequent short words; English when in doubt. */
final class LanguageGuess {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Set<String> SPANISH = Set.of("el", "la", "los", "las", "de", "del", "que", "y", "en", "un",
            "una", "por", "para", "con", "mi", "mis", "es", "esta", "estoy", "tengo", "tiene", "no", "se", "me",
            "le", "lo", "su", "muy", "pero", "como", "hola", "gracias", "hijo", "hija", "cita", "porque", "donde",
            "cuando", "puedo", "pueden", "necesito", "dolor", "ustedes", "usted", "doctora", "ya", "mas", "hay");
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "and", "to", "of", "in", "is", "it", "my",
            "i", "you", "your", "for", "on", "with", "have", "has", "can", "what", "this", "that", "are", "was",
            "me", "do", "please", "thanks", "thank", "hi", "hello", "be", "not", "at", "so", "just", "we", "he",
            "she", "they", "if", "how", "when", "why", "need", "get");

    String of(String normalized) {
        int spanish = 0;
        int english = 0;
        Matcher m = WORD.matcher(normalized);
        while (m.find()) {
            String word = m.group();
            if (SPANISH.contains(word)) {
                spanish++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return spanish > english ? "es" : "en";
    }
}
