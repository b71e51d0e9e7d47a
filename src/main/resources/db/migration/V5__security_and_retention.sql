-- Security and privacy: retention per practice, login throttling, redaction of notes.

-- days message text, author names and drafts are kept; NULL: TRIAGE_RETENTION_DAYS
ALTER TABLE practice ADD COLUMN retention_days INT CHECK (retention_days BETWEEN 1 AND 3650);

-- the retention job's scan: messages not yet redacted, oldest first
CREATE INDEX message_unredacted_idx ON message (received_at) WHERE redacted_at IS NULL;

-- notes may quote the message, so retention redacts them too
ALTER TABLE item_note ALTER COLUMN text DROP NOT NULL;
ALTER TABLE item_note ADD COLUMN redacted_at TIMESTAMPTZ;

-- failed logins, kept 15 minutes; a user or an address with too many is locked out for a while
CREATE TABLE login_failure (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username  TEXT        NOT NULL,
    address   TEXT        NOT NULL,
    failed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_user_idx ON login_failure (username, failed_at);
CREATE INDEX login_failure_address_idx ON login_failure (address, failed_at);

CREATE TABLE login_lock (
    subject     TEXT        PRIMARY KEY, -- 'user:<name>' or 'address:<ip>'
    locked_until TIMESTAMPTZ NOT NULL
);
