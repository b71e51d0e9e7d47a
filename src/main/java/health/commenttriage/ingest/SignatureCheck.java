package health.commenttriage.ingest;

/** The outcome of checking a webhook signature; every outcome but VALID is answered 401. */
public enum SignatureCheck {
    VALID,
    /** the signature header is absent */
    MISSING,
    /** a header is there but not in the platform's format */
    MALFORMED,
    /** signed with another algorithm than the platform's (sha1=, v1a, ...) */
    WRONG_ALGORITHM,
    /** the signed timestamp is outside the tolerance (replay protection) */
    STALE,
    /** well-formed, but no configured secret produces it */
    MISMATCH,
    /** no secret is configured for this platform, so nothing can be trusted */
    NOT_CONFIGURED;

    public boolean isValid() {
        return this == VALID;
    }
}
