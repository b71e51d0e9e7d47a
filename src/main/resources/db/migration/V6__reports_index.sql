-- Reports read the items that arrived in a range of days: without this they scan every item.
CREATE INDEX triage_item_created_idx ON triage_item (created_at);
