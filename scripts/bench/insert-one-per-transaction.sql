-- pgbench baseline: one delivery-sized row per transaction, one commit per insert (what the ack path
-- would cost without group commit), on the same table and database.
\set r random(1, 1000000000000)
INSERT INTO inbound_event (platform, delivery_id, headers, body)
VALUES ('meta', 'pgbench-' || :client_id || '-' || :r, '{"x-hub-signature-256":"sha256:0000"}',
        convert_to(repeat('x', 520), 'UTF8'))
ON CONFLICT (platform, delivery_id) DO NOTHING;
