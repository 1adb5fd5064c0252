-- Volume data for leads-service: ${n} accounts, contacts and leads of 200 reps (rep001..rep200) in 20 teams
-- (repK is in team((K-1) mod 20 + 1)), created over the last three years, in three currencies. Ids carry the run tag
-- ${run}, so loading twice adds more. Straight into the tables: no events are published for these records.
-- A step marked [per n] (or [per children]) covers i = 1..n in generate_series(${from}, ${to}); the loader
-- (VolumeSeed) splits it into ranges and loads them on several connections at once.

-- step: accounts [per n]
INSERT INTO account (id, name, email, phone, website, industry, city, country, owner_id, owning_team,
                     created_at, modified_at, version)
SELECT md5('${run}-account-' || i)::uuid,
       'Company ' || i,
       'info@company' || i || '.example',
       '+1 555 ' || lpad((i % 10000000)::text, 7, '0'),
       'https://company' || i || '.example',
       (ARRAY['Retail', 'Hospitality', 'Manufacturing', 'Services', 'Public sector'])[1 + i % 5],
       (ARRAY['Lyon', 'Berlin', 'Leeds', 'Austin', 'Porto', 'Gdansk', 'Turin', 'Ghent'])[1 + i % 8],
       (ARRAY['France', 'Germany', 'United Kingdom', 'United States', 'Portugal', 'Poland', 'Italy', 'Belgium'])[1 + i % 8],
       'rep' || lpad((1 + i % 200)::text, 3, '0'),
       'team' || lpad((1 + i % 200 % 20)::text, 2, '0'),
       now() - make_interval(secs => i * ${span}),
       now() - make_interval(secs => i * ${span} / 2),
       0
FROM generate_series(${from}, ${to}) AS i;

-- step: contacts [per n]
INSERT INTO contact (id, first_name, last_name, email, phone, job_title, account_id, owner_id, owning_team,
                     created_at, modified_at, version)
SELECT md5('${run}-contact-' || i)::uuid,
       (ARRAY['Ana', 'Ben', 'Chloé', 'Dmitri', 'Eva', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas'])[1 + i % 10],
       'Person' || i,
       'person' || i || '@company' || i || '.example',
       '+1 555 ' || lpad((i % 10000000)::text, 7, '0'),
       (ARRAY['Office manager', 'Purchasing', 'Owner', 'Facilities', 'CFO'])[1 + i % 5],
       md5('${run}-account-' || i)::uuid,
       'rep' || lpad((1 + i % 200)::text, 3, '0'),
       'team' || lpad((1 + i % 200 % 20)::text, 2, '0'),
       now() - make_interval(secs => i * ${span}),
       now() - make_interval(secs => i * ${span} / 2),
       0
FROM generate_series(${from}, ${to}) AS i;

-- step: leads [per n]
INSERT INTO lead (id, topic, first_name, last_name, company_name, email, phone, job_title,
                  estimated_value_amount, estimated_value_currency, rating, source, state, status_reason,
                  owner_id, owning_team, qualified_at, created_at, modified_at, version)
SELECT md5('${run}-lead-' || i)::uuid,
       (ARRAY['Coffee machines for', 'Espresso service at', 'Vending for', 'Bean supply for'])[1 + i % 4]
           || ' Company ' || (i % 50000),
       (ARRAY['Ana', 'Ben', 'Chloé', 'Dmitri', 'Eva', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas'])[1 + i % 10],
       'Person' || i,
       CASE WHEN i % 25 = 0 THEN NULL ELSE 'Company ' || (i % 50000) END,
       'person' || i || '@company' || (i % 50000) || '.example',
       '+1 555 ' || lpad((i % 10000000)::text, 7, '0'),
       (ARRAY['Office manager', 'Purchasing', 'Owner', 'Facilities', 'CFO'])[1 + i % 5],
       1000 + (i % 97) * 250,
       (ARRAY['EUR', 'USD', 'GBP'])[1 + i % 3],
       (ARRAY['HOT', 'WARM', 'COLD'])[1 + i / 3 % 3],
       (ARRAY['Web', 'Trade show', 'Referral', 'Cold call'])[1 + i % 4],
       s.state, s.reason,
       'rep' || lpad((1 + i % 200)::text, 3, '0'),
       'team' || lpad((1 + i % 200 % 20)::text, 2, '0'),
       CASE WHEN s.state = 'QUALIFIED' THEN now() - make_interval(secs => i * ${span} / 2) END,
       now() - make_interval(secs => i * ${span}),
       now() - make_interval(secs => i * ${span} / 2),
       0
FROM generate_series(${from}, ${to}) AS i
CROSS JOIN LATERAL (SELECT CASE WHEN i / 7 % 10 < 3 THEN 'OPEN' WHEN i / 7 % 10 < 6 THEN 'QUALIFIED' ELSE 'DISQUALIFIED' END AS state,
                           CASE WHEN i / 7 % 10 < 2 THEN 'NEW' WHEN i / 7 % 10 < 3 THEN 'CONTACTED' WHEN i / 7 % 10 < 6 THEN 'QUALIFIED'
                                WHEN i / 7 % 10 < 8 THEN 'LOST' WHEN i / 7 % 10 < 9 THEN 'CANNOT_CONTACT'
                                ELSE 'NO_LONGER_INTERESTED' END AS reason) AS s;

-- step: a small team's leads
-- team21 (rep201..rep210) owns one lead in forty thousand (25 of a million): lists are measured for a rep whose team
-- has few records, and for a new rep (rep901, team91) who has none.
UPDATE lead SET owner_id = 'rep201', owning_team = 'team21'
WHERE id IN (SELECT md5('${run}-lead-' || i)::uuid FROM generate_series(40000, ${n}, 40000) AS i);
