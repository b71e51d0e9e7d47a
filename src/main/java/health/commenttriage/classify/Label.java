package health.commenttriage.classify;

/** The taxonomy's labels, in taxonomy order, with the priority each one gives a message. */
public enum Label {
    EMERGENCY(1),
    MEDICAL_ADVICE(2),
    PRESCRIPTION(2),
    PHI_DISCLOSURE(2),
    COMPLAINT(3),
    GENERAL_INQUIRY(4),
    PRAISE(5),
    SPAM(5),
    OTHER(5);

    /** Every label's name, in taxonomy order. */
    public static final java.util.List<String> NAMES = java.util.Arrays.stream(values()).map(Enum::name).toList();

    private final int priority;

    Label(int priority) {
        this.priority = priority;
    }

    public int priority() {
        return priority;
    }
}
