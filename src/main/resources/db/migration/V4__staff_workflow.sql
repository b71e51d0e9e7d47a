-- Staff at work: users and roles, claims, notes, relabelling feedback, per-practice service levels,
-- and the live event feed that every replica relays to its browsers.

-- user: local accounts, bcrypt hashes only ---------------------------------------------------
CREATE TABLE app_user (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      TEXT        NOT NULL UNIQUE,
    password_hash TEXT        NOT NULL,
    roles         TEXT[]      NOT NULL,
    -- the practices the user may see; NULL means every practice
    practice_ids  BIGINT[],
    enabled       BOOLEAN     NOT NULL DEFAULT true,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (roles <@ ARRAY['staff', 'supervisor', 'admin']::TEXT[] AND cardinality(roles) > 0)
);

-- practice: service levels per priority (NULL: the default; P4's default is one business day) ---
ALTER TABLE practice ADD COLUMN sla_p1 INTERVAL;
ALTER TABLE practice ADD COLUMN sla_p2 INTERVAL;
ALTER TABLE practice ADD COLUMN sla_p3 INTERVAL;
ALTER TABLE practice ADD COLUMN sla_p4 INTERVAL;

-- queue: what was sent, and the staff's own notes ----------------------------------------------
-- true when the text sent was one of the drafts as drafted (reports: drafts sent unedited vs edited)
ALTER TABLE triage_item ADD COLUMN sent_unedited BOOLEAN;
-- expired claims are found and released by a job on one replica
CREATE INDEX triage_item_claim_expiry_idx ON triage_item (claim_expires_at) WHERE claimed_by IS NOT NULL;

CREATE TABLE item_note (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    triage_item_id BIGINT      NOT NULL REFERENCES triage_item (id),
    author         TEXT        NOT NULL,
    text           TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX item_note_item_idx ON item_note (triage_item_id, id);

-- feedback: every relabel, exported to tune the classifier on real corrections ------------------
CREATE TABLE label_feedback (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    triage_item_id BIGINT      NOT NULL REFERENCES triage_item (id),
    actor          TEXT        NOT NULL,
    labels_before  TEXT[]      NOT NULL,
    labels_after   TEXT[]      NOT NULL,
    classifier_version TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX label_feedback_item_idx ON label_feedback (triage_item_id, id);

-- events: ids only, kept a while so a browser can resume with Last-Event-ID ----------------------
CREATE TABLE item_event (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type           TEXT        NOT NULL CHECK (type IN ('item.created', 'item.updated', 'item.claimed',
                                                        'item.released', 'item.closed')),
    triage_item_id BIGINT      NOT NULL,
    practice_id    BIGINT      NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX item_event_occurred_idx ON item_event (occurred_at);

-- Every replica LISTENs on this channel; NOTIFY is delivered at commit, so a rolled-back change
-- never reaches a browser. The payload is ids only: "event id,type,item id,practice id".
CREATE FUNCTION item_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('triage_item_events',
                      NEW.id || ',' || NEW.type || ',' || NEW.triage_item_id || ',' || NEW.practice_id);
    RETURN NEW;
END;
$$;
CREATE TRIGGER item_event_notify AFTER INSERT ON item_event
    FOR EACH ROW EXECUTE FUNCTION item_event_notify();
