-- pgbench: the transaction leads-service commits for a new lead: the lead row and its outbox row.
\set n random(1, 1000000000)
BEGIN;
INSERT INTO bench_lead (id, topic, first_name, last_name, company_name, email, estimated_value_amount,
    estimated_value_currency, rating, state, status_reason, owner_id, owning_team, created_at, modified_at, version)
  VALUES (gen_random_uuid(), 'Bench lead ' || :n, 'Ana', 'Load', 'Bench Co ' || :n, 'lead-' || :n || '@bench.example',
    12500.00, 'EUR', 'WARM', 'OPEN', 'NEW', 'bench-rep-1', 'bench', now(), now(), 0);
INSERT INTO bench_outbox (id, topic, aggregate_id, event_type, occurred_at, payload, traceparent)
  VALUES (gen_random_uuid(), 'lead2cash.leads', gen_random_uuid()::text, 'lead2cash.lead.created.v1', now(),
    '{"eventId":"0c6f4a0e-5a3f-4d5e-9a55-3a1c2f1e0b9d","occurredAt":"2026-12-01T23:00:00.123456Z","lead":{"id":"4bf92f35-77b3-4da6-a3ce-929d0e0e4736","topic":"Bench lead","firstName":"Ana","lastName":"Load","companyName":"Bench Co","email":"lead@bench.example","estimatedValue":{"amount":"12500.00","currency":"EUR"},"rating":"WARM","state":"OPEN","statusReason":"NEW","ownerId":"bench-rep-1","owningTeam":"bench"}}',
    '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
COMMIT;
