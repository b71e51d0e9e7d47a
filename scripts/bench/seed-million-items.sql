-- 1,000,000 items for the queue benchmark: 5% open (NEW), the rest answered or dismissed, every
-- priority, due times spread over the next hours, one message each (the list shows an excerpt).
INSERT INTO inbound_event (platform, delivery_id, body, status)
VALUES ('generic', 'bench-seed', '\x00', 'PROCESSED') ON CONFLICT DO NOTHING;

INSERT INTO triage_item (practice_id, platform, channel, status, priority, labels, due_at, created_at,
                         updated_at, closed_at)
SELECT (SELECT min(id) FROM practice), 'facebook', 'comment',
       CASE WHEN g % 20 = 0 THEN 'NEW' WHEN g % 2 = 0 THEN 'SENT' ELSE 'DISMISSED' END,
       1 + (g / 20) % 5,
       ARRAY['GENERAL_INQUIRY'],
       CASE WHEN 1 + (g / 20) % 5 = 5 THEN NULL ELSE now() + (g % 997) * INTERVAL '1 minute' END,
       now() - INTERVAL '1 day', now(),
       CASE WHEN g % 20 = 0 THEN NULL ELSE now() END
FROM generate_series(1, 1000000) AS g;

INSERT INTO message (practice_id, inbound_event_id, triage_item_id, platform, channel, platform_message_id,
                     text, lang, created_at)
SELECT i.practice_id, (SELECT id FROM inbound_event WHERE delivery_id = 'bench-seed'), i.id, 'facebook',
       'comment', 'bench-' || i.id, 'benchmark message ' || i.id || ': what are your opening hours?', 'en',
       i.created_at
FROM triage_item i
WHERE NOT EXISTS (SELECT 1 FROM message m WHERE m.triage_item_id = i.id);

VACUUM ANALYZE triage_item;
VACUUM ANALYZE message;
