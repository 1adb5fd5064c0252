-- Volume data for billing-service: ${n} orders (one per opportunity of opportunity.sql's run, with the projection of
-- who owns it), ${n} invoices, and ${children} order lines, invoice lines, payments and shares (ten lines on each of
-- the first orders and invoices, one payment on each of the first invoices, the shares opportunity.sql grants). Owners and teams as in leads.sql; ids carry ${run}.
-- A step marked [per n] (or [per children]) covers i = 1..n in generate_series(${from}, ${to}); the loader
-- (VolumeSeed) splits it into ranges and loads them on several connections at once.

-- step: opportunity owners (billing's projection) [per n]
INSERT INTO opportunity_visibility (opportunity_id, owner_id, owning_team, owner_since)
SELECT md5('${run}-opportunity-' || i)::uuid,
       'rep' || lpad((1 + i % 200)::text, 3, '0'),
       'team' || lpad((1 + i % 200 % 20)::text, 2, '0'),
       now() - make_interval(secs => i * ${span})
FROM generate_series(${from}, ${to}) AS i;

-- step: orders [per n]
INSERT INTO sales_order (id, order_number, quote_id, quote_number, opportunity_id, customer_type, customer_id,
                         customer_name, owner_id, owning_team, currency, prices_locked, payment_terms, detail_amount,
                         discount_percentage, discount_amount, total_discount, pre_freight_amount, freight, total_tax,
                         total_amount, state, status_reason, fulfilled_at, created_at, modified_at, version)
SELECT md5('${run}-order-' || i)::uuid,
       'OV${run}' || lpad(i::text, 9, '0'),
       md5('${run}-quote-' || i)::uuid,
       'QV${run}' || lpad(i::text, 9, '0'),
       md5('${run}-opportunity-' || i)::uuid,
       'ACCOUNT',
       md5('${run}-account-' || i)::uuid,
       'Company ' || (i % 50000),
       'rep' || lpad((1 + i % 200)::text, 3, '0'),
       'team' || lpad((1 + i % 200 % 20)::text, 2, '0'),
       (ARRAY['EUR', 'USD', 'GBP'])[1 + i % 3],
       false, 'NET_30',
       5000 + (i % 191) * 500, 0, 0, 0, 5000 + (i % 191) * 500, 0, 0, 5000 + (i % 191) * 500,
       s.state,
       CASE s.state WHEN 'ACTIVE' THEN 'NEW' WHEN 'INVOICED' THEN 'INVOICED' ELSE 'NO_MONEY' END,
       CASE WHEN s.state = 'INVOICED' THEN now() - make_interval(secs => i * ${span} / 2) END,
       now() - make_interval(secs => i * ${span}),
       now() - make_interval(secs => i * ${span} / 2),
       0
FROM generate_series(${from}, ${to}) AS i
CROSS JOIN LATERAL (SELECT CASE WHEN i / 7 % 10 = 0 THEN 'ACTIVE' WHEN i / 7 % 10 < 9 THEN 'INVOICED' ELSE 'CANCELED' END
                    AS state) AS s;

-- step: invoices [per n]
INSERT INTO invoice (id, invoice_number, order_id, order_number, quote_id, opportunity_id, customer_type, customer_id,
                     customer_name, owner_id, owning_team, currency, invoice_date, due_date, payment_terms,
                     detail_amount, discount_percentage, discount_amount, total_discount, pre_freight_amount, freight,
                     total_tax, total_amount, amount_paid, state, status_reason, created_at, modified_at, version)
SELECT md5('${run}-invoice-' || i)::uuid,
       'IV${run}' || lpad(i::text, 9, '0'),
       md5('${run}-order-' || i)::uuid,
       'OV${run}' || lpad(i::text, 9, '0'),
       md5('${run}-quote-' || i)::uuid,
       md5('${run}-opportunity-' || i)::uuid,
       'ACCOUNT',
       md5('${run}-account-' || i)::uuid,
       'Company ' || (i % 50000),
       'rep' || lpad((1 + i % 200)::text, 3, '0'),
       'team' || lpad((1 + i % 200 % 20)::text, 2, '0'),
       (ARRAY['EUR', 'USD', 'GBP'])[1 + i % 3],
       (now() - make_interval(secs => i * ${span}))::date,
       (now() - make_interval(secs => i * ${span}))::date + 30,
       'NET_30',
       5000 + (i % 191) * 500, 0, 0, 0, 5000 + (i % 191) * 500, 0, 0, 5000 + (i % 191) * 500,
       CASE WHEN s.paid THEN 5000 + (i % 191) * 500 ELSE 0 END,
       CASE WHEN s.paid THEN 'PAID' ELSE 'ACTIVE' END,
       CASE WHEN s.paid THEN 'COMPLETE' ELSE 'BILLED' END,
       now() - make_interval(secs => i * ${span}),
       now() - make_interval(secs => i * ${span} / 2),
       0
FROM generate_series(${from}, ${to}) AS i
CROSS JOIN LATERAL (SELECT i / 7 % 10 > 1 AS paid) AS s;

-- step: order lines [per children]
INSERT INTO sales_order_line (id, order_id, line_number, write_in_name, quantity, price_per_unit, volume_discount,
                              amount, manual_discount, tax, extended_amount, created_at, modified_at, version)
SELECT md5('${run}-order-line-' || j)::uuid,
       md5('${run}-order-' || (1 + (j - 1) / 10))::uuid,
       1 + (j - 1) % 10,
       'Service visit ' || j,
       1 + j % 5, 120, 0, 120 * (1 + j % 5), 0, 0, 120 * (1 + j % 5),
       now(), now(), 0
FROM generate_series(${from}, ${to}) AS j;

-- step: invoice lines [per children]
INSERT INTO invoice_line (id, invoice_id, line_number, write_in_name, quantity, price_per_unit, volume_discount,
                          amount, manual_discount, tax, extended_amount, created_at, modified_at, version)
SELECT md5('${run}-invoice-line-' || j)::uuid,
       md5('${run}-invoice-' || (1 + (j - 1) / 10))::uuid,
       1 + (j - 1) % 10,
       'Service visit ' || j,
       1 + j % 5, 120, 0, 120 * (1 + j % 5), 0, 0, 120 * (1 + j % 5),
       now(), now(), 0
FROM generate_series(${from}, ${to}) AS j;

-- step: shares (billing's mirror of opportunity.sql's) [per children]
INSERT INTO record_share (record_type, record_id, principal_type, principal_id, access, granted_by, granted_at)
SELECT 'opportunity',
       md5('${run}-opportunity-' || j)::uuid,
       'USER',
       'rep' || lpad((1 + (j + 1) % 200)::text, 3, '0'),
       'READ',
       'rep' || lpad((1 + j % 200)::text, 3, '0'),
       now()
FROM generate_series(${from}, ${to}) AS j;

-- step: payments [per children]
INSERT INTO payment (id, invoice_id, amount, paid_on, reference, recorded_by, recorded_at)
SELECT md5('${run}-payment-' || j)::uuid,
       md5('${run}-invoice-' || j)::uuid,
       5000 + (j % 191) * 500,
       current_date,
       'Bank transfer ' || j,
       'clerk',
       now()
FROM generate_series(${from}, ${to}) AS j;

-- step: a small team's orders and invoices
-- team21 (rep201..rep210) owns one opportunity in forty thousand (see opportunity.sql): its order and invoice follow.
UPDATE opportunity_visibility SET owner_id = 'rep201', owning_team = 'team21'
WHERE opportunity_id IN (SELECT md5('${run}-opportunity-' || i)::uuid FROM generate_series(40000, ${n}, 40000) AS i);
UPDATE sales_order SET owner_id = 'rep201', owning_team = 'team21'
WHERE id IN (SELECT md5('${run}-order-' || i)::uuid FROM generate_series(40000, ${n}, 40000) AS i);
UPDATE invoice SET owner_id = 'rep201', owning_team = 'team21'
WHERE id IN (SELECT md5('${run}-invoice-' || i)::uuid FROM generate_series(40000, ${n}, 40000) AS i);
