-- What reply drafts say about the practice: contact details, notices, and its own templates.
ALTER TABLE practice ADD COLUMN phone TEXT;
ALTER TABLE practice ADD COLUMN portal_url TEXT;
ALTER TABLE practice ADD COLUMN website TEXT;
ALTER TABLE practice ADD COLUMN hours TEXT;
ALTER TABLE practice ADD COLUMN address TEXT;
ALTER TABLE practice ADD COLUMN emergency_number TEXT NOT NULL DEFAULT '911';
ALTER TABLE practice ADD COLUMN crisis_line TEXT NOT NULL DEFAULT '988';
ALTER TABLE practice ADD COLUMN manager_contact TEXT;
ALTER TABLE practice ADD COLUMN sign_off TEXT;
ALTER TABLE practice ADD COLUMN languages TEXT[] NOT NULL DEFAULT '{en,es}';

-- Closed for weather, a flu-shot clinic, changed hours: general-inquiry drafts mention the active ones.
CREATE TABLE practice_notice (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    practice_id BIGINT      NOT NULL REFERENCES practice (id),
    lang        TEXT        NOT NULL CHECK (lang IN ('en', 'es')),
    text        TEXT        NOT NULL,
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX practice_notice_active_idx ON practice_notice (practice_id, starts_at, ends_at);

-- A practice's own wording of a reply template; refused when it fails the reply linter.
CREATE TABLE reply_template_override (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    practice_id BIGINT      NOT NULL REFERENCES practice (id),
    template    TEXT        NOT NULL,
    lang        TEXT        NOT NULL CHECK (lang IN ('en', 'es')),
    body        TEXT        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT reply_template_override_uq UNIQUE (practice_id, template, lang)
);
