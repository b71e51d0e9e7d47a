-- Core tables of the comment-inbox triage service.
-- Each feature owns its tables: practice, ingest (inbound_event), message, queue (triage_item),
-- reply (reply_draft) and audit (audit_event).

-- practice -----------------------------------------------------------------------------------
CREATE TABLE practice (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        TEXT        NOT NULL UNIQUE,
    name        TEXT        NOT NULL,
    time_zone   TEXT        NOT NULL DEFAULT 'America/New_York',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A platform account (Facebook page, Instagram account, X user, generic source) belongs to one practice.
CREATE TABLE channel_account (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    practice_id  BIGINT      NOT NULL REFERENCES practice (id),
    platform     TEXT        NOT NULL CHECK (platform IN ('facebook', 'instagram', 'messenger', 'x', 'generic')),
    account_id   TEXT        NOT NULL,
    display_name TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT channel_account_platform_account_uq UNIQUE (platform, account_id)
);

-- ingest: every signed delivery, stored raw before it is answered -----------------------------
CREATE TABLE inbound_event (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform        TEXT        NOT NULL CHECK (platform IN ('meta', 'x', 'generic')),
    -- the platform's delivery id, or a hash of the body where the platform gives none (Meta)
    delivery_id     TEXT        NOT NULL,
    source          TEXT,
    headers         JSONB       NOT NULL DEFAULT '{}'::jsonb,
    body            BYTEA       NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    status          TEXT        NOT NULL DEFAULT 'PENDING'
                    CHECK (status IN ('PENDING', 'PROCESSED', 'IGNORED', 'FAILED', 'UNROUTED')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    processed_at    TIMESTAMPTZ,
    CONSTRAINT inbound_event_delivery_uq UNIQUE (platform, delivery_id)
);
-- the workers' poll: pending deliveries that are due, oldest first
CREATE INDEX inbound_event_pending_idx ON inbound_event (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX inbound_event_status_idx ON inbound_event (status, received_at);

-- queue: one item per message, or per open DM conversation ------------------------------------
CREATE TABLE triage_item (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    practice_id      BIGINT      NOT NULL REFERENCES practice (id),
    platform         TEXT        NOT NULL,
    channel          TEXT        NOT NULL CHECK (channel IN ('comment', 'dm')),
    -- DMs of one conversation join the open item of that conversation
    conversation_key TEXT,
    status           TEXT        NOT NULL DEFAULT 'NEW'
                     CHECK (status IN ('NEW', 'CLAIMED', 'SENT', 'DISMISSED', 'ESCALATED', 'WITHDRAWN')),
    priority         SMALLINT    NOT NULL CHECK (priority BETWEEN 1 AND 5),
    labels           TEXT[]      NOT NULL DEFAULT '{}',
    recommend_hide   BOOLEAN     NOT NULL DEFAULT false,
    due_at           TIMESTAMPTZ,
    claimed_by       TEXT,
    claim_expires_at TIMESTAMPTZ,
    sent_text        TEXT,
    sent_by          TEXT,
    sent_at          TIMESTAMPTZ,
    sent_url         TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    closed_at        TIMESTAMPTZ,
    version          BIGINT      NOT NULL DEFAULT 0
);
-- the queue: open items, emergencies first, then the soonest due
CREATE INDEX triage_item_open_queue_idx ON triage_item (priority, due_at, id)
    WHERE status IN ('NEW', 'CLAIMED', 'ESCALATED');
CREATE INDEX triage_item_practice_status_idx ON triage_item (practice_id, status);
-- at most one open item per DM conversation
CREATE UNIQUE INDEX triage_item_open_conversation_uq ON triage_item (conversation_key)
    WHERE conversation_key IS NOT NULL AND status IN ('NEW', 'CLAIMED', 'ESCALATED');

-- message: the normalised inbound message -----------------------------------------------------
CREATE TABLE message (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    practice_id         BIGINT      NOT NULL REFERENCES practice (id),
    inbound_event_id    BIGINT      NOT NULL REFERENCES inbound_event (id),
    triage_item_id      BIGINT      REFERENCES triage_item (id),
    platform            TEXT        NOT NULL CHECK (platform IN ('facebook', 'instagram', 'messenger', 'x', 'generic')),
    channel             TEXT        NOT NULL CHECK (channel IN ('comment', 'dm')),
    platform_message_id TEXT        NOT NULL,
    conversation_id     TEXT,
    parent_id           TEXT,
    author_id           TEXT,
    author_name         TEXT,
    text                TEXT,
    lang                TEXT,
    created_at          TIMESTAMPTZ NOT NULL,
    received_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    permalink           TEXT,
    attachment_kinds    TEXT[]      NOT NULL DEFAULT '{}',
    state               TEXT        NOT NULL DEFAULT 'ACTIVE' CHECK (state IN ('ACTIVE', 'EDITED', 'DELETED')),
    redacted_at         TIMESTAMPTZ,
    CONSTRAINT message_platform_message_uq UNIQUE (platform, platform_message_id)
);
CREATE INDEX message_triage_item_idx ON message (triage_item_id);
CREATE INDEX message_author_idx ON message (platform, author_id);

-- earlier texts of an edited message
CREATE TABLE message_revision (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id  BIGINT      NOT NULL REFERENCES message (id),
    text        TEXT,
    replaced_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX message_revision_message_idx ON message_revision (message_id);

-- reply: drafts offered to staff (never sent automatically) -----------------------------------
CREATE TABLE reply_draft (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    triage_item_id BIGINT      NOT NULL REFERENCES triage_item (id),
    kind           TEXT        NOT NULL CHECK (kind IN ('PUBLIC_REPLY', 'PRIVATE_REPLY', 'DM_REPLY')),
    lang           TEXT        NOT NULL CHECK (lang IN ('en', 'es')),
    text           TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX reply_draft_item_idx ON reply_draft (triage_item_id);

-- audit: append-only trail of staff and system actions; never holds message text or names ------
CREATE TABLE audit_event (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor          TEXT        NOT NULL,
    action         TEXT        NOT NULL,
    practice_id    BIGINT      REFERENCES practice (id),
    triage_item_id BIGINT      REFERENCES triage_item (id),
    details        JSONB       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_event_item_idx ON audit_event (triage_item_id, occurred_at);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_change
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
