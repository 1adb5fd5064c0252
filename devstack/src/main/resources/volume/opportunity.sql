-- Volume data for opportunity-service: ${n} opportunities (one in ten open, spread over stages and the next twelve
-- months' close dates), ${n} quotes and ${n} activities, ${n} regarded leads (leads.sql's leads and owners), and
-- ${children} opportunity lines, quote lines and shares (ten lines on each of the first opportunities and quotes).
-- Owners and teams as in leads.sql; ids carry ${run}.
-- A step marked [per n] (or [per children]) covers i = 1..n in generate_series(${from}, ${to}); the loader
-- (VolumeSeed) splits it into ranges and loads them on several connections at once.

-- step: opportunities [per n]
INSERT INTO opportunity (id, topic, customer_type, customer_id, customer_name, owner_id, owning_team, currency,
                         estimated_revenue, estimated_close_date, probability, rating, sales_stage, forecast_category,
                         state, status_reason, actual_revenue, actual_close_date, created_at, modified_at, version)
SELECT md5('${run}-opportunity-' || i)::uuid,
       (ARRAY['Coffee machines for', 'Espresso service at', 'Vending for', 'Bean supply for'])[1 + i % 4]
           || ' Company ' || (i % 50000),
       'ACCOUNT',
       md5('${run}-account-' || i)::uuid,
       'Company ' || (i % 50000),
       'rep' || lpad((1 + i % 200)::text, 3, '0'),
       'team' || lpad((1 + i % 200 % 20)::text, 2, '0'),
       (ARRAY['EUR', 'USD', 'GBP'])[1 + i % 3],
       5000 + (i % 191) * 500,
       CASE WHEN s.state = 'OPEN' THEN current_date + (i % 365) ELSE (now() - make_interval(secs => i * ${span}))::date + 60 END,
       CASE WHEN s.state = 'OPEN' THEN (ARRAY[10, 40, 70, 90])[1 + i % 4] WHEN s.state = 'WON' THEN 100 ELSE 0 END,
       (ARRAY['HOT', 'WARM', 'COLD'])[1 + i / 3 % 3],
       CASE WHEN s.state = 'OPEN' THEN (ARRAY['QUALIFY', 'DEVELOP', 'PROPOSE', 'CLOSE'])[1 + i % 4] ELSE 'CLOSE' END,
       CASE WHEN s.state = 'OPEN' THEN (ARRAY['PIPELINE', 'BEST_CASE', 'COMMITTED'])[1 + i / 11 % 3] ELSE s.state END,
       s.state,
       CASE s.state WHEN 'OPEN' THEN 'IN_PROGRESS' WHEN 'WON' THEN 'WON' ELSE 'OUT_SOLD' END,
       CASE WHEN s.state = 'WON' THEN 5000 + (i % 191) * 500 END,
       CASE WHEN s.state <> 'OPEN' THEN (now() - make_interval(secs => i * ${span}))::date + 60 END,
       now() - make_interval(secs => i * ${span}),
       now() - make_interval(secs => i * ${span} / 2),
       0
FROM generate_series(${from}, ${to}) AS i
CROSS JOIN LATERAL (SELECT CASE WHEN i / 7 % 10 = 0 THEN 'OPEN' WHEN i / 7 % 10 < 6 THEN 'WON' ELSE 'LOST' END AS state) AS s;

-- step: quotes [per n]
INSERT INTO quote (id, quote_number, revision_number, name, opportunity_id, customer_type, customer_id, customer_name,
                   owner_id, owning_team, currency, detail_amount, total_discount, pre_freight_amount, total_tax,
                   total_amount, state, status_reason, created_at, modified_at, version)
SELECT md5('${run}-quote-' || i)::uuid,
       'QV${run}' || lpad(i::text, 9, '0'),
       0,
       'Offer to Company ' || (i % 50000),
       md5('${run}-opportunity-' || i)::uuid,
       'ACCOUNT',
       md5('${run}-account-' || i)::uuid,
       'Company ' || (i % 50000),
       'rep' || lpad((1 + i % 200)::text, 3, '0'),
       'team' || lpad((1 + i % 200 % 20)::text, 2, '0'),
       (ARRAY['EUR', 'USD', 'GBP'])[1 + i % 3],
       5000 + (i % 191) * 500, 0, 5000 + (i % 191) * 500, 0, 5000 + (i % 191) * 500,
       CASE WHEN i / 7 % 10 = 0 THEN (CASE WHEN i % 2 = 0 THEN 'DRAFT' ELSE 'ACTIVE' END)
            WHEN i / 7 % 10 < 6 THEN 'WON' ELSE 'CLOSED' END,
       CASE WHEN i / 7 % 10 = 0 THEN (CASE WHEN i % 2 = 0 THEN 'IN_PROGRESS' ELSE 'OPEN' END)
            WHEN i / 7 % 10 < 6 THEN 'WON' ELSE 'LOST' END,
       now() - make_interval(secs => i * ${span}) + interval '1 day',
       now() - make_interval(secs => i * ${span} / 2),
       0
FROM generate_series(${from}, ${to}) AS i;

-- step: activities [per n]
-- Each regards opportunity i, its access root (whose owner and team it keeps, as the service does).
INSERT INTO activity (id, activity_type, regarding_type, regarding_id, regarding_opportunity_id, root_kind, root_id,
                      root_owner_id, root_owning_team, subject, priority, due_at, scheduled_start,
                      scheduled_end, direction, phone_number, state, status_reason, actual_end, owner_id, owning_team,
                      created_at, modified_at, version)
SELECT md5('${run}-activity-' || i)::uuid,
       t.type,
       'OPPORTUNITY',
       md5('${run}-opportunity-' || i)::uuid,
       md5('${run}-opportunity-' || i)::uuid,
       'opportunity',
       md5('${run}-opportunity-' || i)::uuid,
       'rep' || lpad((1 + i % 200)::text, 3, '0'),
       'team' || lpad((1 + i % 200 % 20)::text, 2, '0'),
       (ARRAY['Call about', 'Demo at', 'Send samples to', 'Meet'])[1 + i % 4] || ' Company ' || (i % 50000),
       (ARRAY['LOW', 'NORMAL', 'HIGH'])[1 + i / 5 % 3],
       CASE WHEN t.type = 'TASK' THEN now() + make_interval(days => i % 60 - 30) END,
       CASE WHEN t.type = 'APPOINTMENT' THEN now() + make_interval(days => i % 60 - 30) END,
       CASE WHEN t.type = 'APPOINTMENT' THEN now() + make_interval(days => i % 60 - 30) + interval '1 hour' END,
       CASE WHEN t.type = 'PHONE_CALL' THEN 'OUTGOING' END,
       CASE WHEN t.type = 'PHONE_CALL' THEN '+1 555 ' || lpad((i % 10000000)::text, 7, '0') END,
       CASE WHEN t.open THEN (CASE WHEN t.type = 'APPOINTMENT' THEN 'SCHEDULED' ELSE 'OPEN' END) ELSE 'COMPLETED' END,
       CASE WHEN t.open THEN (CASE t.type WHEN 'APPOINTMENT' THEN 'BUSY' WHEN 'PHONE_CALL' THEN 'OPEN' ELSE 'NOT_STARTED' END)
            ELSE (CASE t.type WHEN 'PHONE_CALL' THEN 'MADE' ELSE 'COMPLETED' END) END,
       CASE WHEN NOT t.open THEN now() - make_interval(secs => i * ${span} / 2) END,
       'rep' || lpad((1 + i % 200)::text, 3, '0'),
       'team' || lpad((1 + i % 200 % 20)::text, 2, '0'),
       now() - make_interval(secs => i * ${span}),
       now() - make_interval(secs => i * ${span} / 2),
       0
FROM generate_series(${from}, ${to}) AS i
CROSS JOIN LATERAL (SELECT (ARRAY['TASK', 'PHONE_CALL', 'APPOINTMENT'])[1 + i % 3] AS type, i / 7 % 10 < 3 AS open) AS t;

-- step: regarded leads [per n]
-- leads-service's leads as its events leave them here: the records activities and notes may regard.
INSERT INTO regarded_record (id, record_type, name, owner_id, owning_team, opportunity_id, changed_at)
SELECT md5('${run}-lead-' || i)::uuid,
       'LEAD',
       (ARRAY['Coffee machines for', 'Espresso service at', 'Vending for', 'Bean supply for'])[1 + i % 4]
           || ' Company ' || (i % 50000),
       'rep' || lpad((1 + i % 200)::text, 3, '0'),
       'team' || lpad((1 + i % 200 % 20)::text, 2, '0'),
       NULL,
       now() - make_interval(secs => i * ${span} / 2)
FROM generate_series(${from}, ${to}) AS i;

-- step: opportunity lines [per children]
INSERT INTO opportunity_line (id, opportunity_id, line_number, write_in_name, quantity, price_per_unit, amount,
                              extended_amount, created_at, modified_at, version)
SELECT md5('${run}-opportunity-line-' || j)::uuid,
       md5('${run}-opportunity-' || (1 + (j - 1) / 10))::uuid,
       1 + (j - 1) % 10,
       'Service visit ' || j,
       1 + j % 5, 120, 120 * (1 + j % 5), 120 * (1 + j % 5),
       now(), now(), 0
FROM generate_series(${from}, ${to}) AS j;

-- step: quote lines [per children]
INSERT INTO quote_line (id, quote_id, line_number, write_in_name, quantity, price_per_unit, amount, extended_amount,
                        created_at, modified_at, version)
SELECT md5('${run}-quote-line-' || j)::uuid,
       md5('${run}-quote-' || (1 + (j - 1) / 10))::uuid,
       1 + (j - 1) % 10,
       'Service visit ' || j,
       1 + j % 5, 120, 120 * (1 + j % 5), 120 * (1 + j % 5),
       now(), now(), 0
FROM generate_series(${from}, ${to}) AS j;

-- step: shares [per children]
INSERT INTO record_share (record_type, record_id, principal_type, principal_id, access, granted_by, granted_at)
SELECT 'opportunity',
       md5('${run}-opportunity-' || j)::uuid,
       'USER',
       'rep' || lpad((1 + (j + 1) % 200)::text, 3, '0'),
       'READ',
       'rep' || lpad((1 + j % 200)::text, 3, '0'),
       now()
FROM generate_series(${from}, ${to}) AS j;

-- step: a small team's deals
-- team21 (rep201..rep210) owns one opportunity in forty thousand, with its quote and activity (see leads.sql).
UPDATE opportunity SET owner_id = 'rep201', owning_team = 'team21'
WHERE id IN (SELECT md5('${run}-opportunity-' || i)::uuid FROM generate_series(40000, ${n}, 40000) AS i);
UPDATE quote SET owner_id = 'rep201', owning_team = 'team21'
WHERE id IN (SELECT md5('${run}-quote-' || i)::uuid FROM generate_series(40000, ${n}, 40000) AS i);
UPDATE activity SET owner_id = 'rep201', owning_team = 'team21', root_owner_id = 'rep201', root_owning_team = 'team21'
WHERE id IN (SELECT md5('${run}-activity-' || i)::uuid FROM generate_series(40000, ${n}, 40000) AS i);
UPDATE regarded_record SET owner_id = 'rep201', owning_team = 'team21'
WHERE id IN (SELECT md5('${run}-lead-' || i)::uuid FROM generate_series(40000, ${n}, 40000) AS i);
