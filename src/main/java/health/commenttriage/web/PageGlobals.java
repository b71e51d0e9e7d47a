package health.commenttriage.web;

import health.commenttriage.classify.Label;
import health.commenttriage.message.Message;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateGlobal;
import java.util.List;
import java.util.Locale;

/** Lists the pages' controls offer, and how labels and statuses read to staff. */
@TemplateGlobal
public class PageGlobals {

    static final List<String> priorities = List.of("P1", "P2", "P3", "P4", "P5");
    static final List<String> labels = Label.NAMES;
    static final List<String> platforms = Message.PLATFORMS;
    static final List<String> roles = List.of("staff", "supervisor", "admin");
    static final List<String> statuses = List.of("NEW", "CLAIMED", "ESCALATED", "SENT", "DISMISSED", "WITHDRAWN");

    @TemplateExtension
    static class Words {

        /** {@code MEDICAL_ADVICE} reads "medical advice". */
        static String labelText(String label) {
            return label.replace('_', ' ').toLowerCase(Locale.ROOT);
        }

        /** An enum constant's name ({@code EMERGENCY}), for ids and classes in the pages. */
        static String enumName(Enum<?> value) {
            return value.name();
        }

        static String lower(String text) {
            return text.toLowerCase(Locale.ROOT);
        }

        /** The part of a text a span covers; empty when the text changed since (edited, redacted). */
        static String span(String text, int start, int end) {
            return text == null || start < 0 || end > text.length() || start >= end ? "" : text.substring(start, end);
        }

        static String statusText(health.commenttriage.queue.TriageItem item) {
            return item.status.name().toLowerCase(Locale.ROOT);
        }

        /** "P1" to "P5". */
        static String priorityName(health.commenttriage.queue.TriageItem item) {
            return "P" + item.priority;
        }

        static boolean isOpen(health.commenttriage.queue.TriageItem item) {
            return item.status.isOpen();
        }
    }
}
