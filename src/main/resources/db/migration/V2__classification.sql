-- What the classifier found in each message. The evidence quotes the message, so retention redacts
-- classification together with the text; labels and priority stay for reports.
ALTER TABLE message ADD COLUMN labels TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE message ADD COLUMN priority SMALLINT CHECK (priority BETWEEN 1 AND 5);
ALTER TABLE message ADD COLUMN self_harm BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE message ADD COLUMN classification JSONB;

ALTER TABLE triage_item ADD COLUMN self_harm BOOLEAN NOT NULL DEFAULT false;
