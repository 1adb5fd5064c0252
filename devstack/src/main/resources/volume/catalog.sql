-- Volume data for catalog-service: ${n} products (one unit group "Each"; most active, some draft or retired) and
-- ${n} price list items, one per product, over 30 price lists in three currencies. Ids and numbers carry ${run}.
-- A step marked [per n] (or [per children]) covers i = 1..n in generate_series(${from}, ${to}); the loader
-- (VolumeSeed) splits it into ranges and loads them on several connections at once.

-- step: unit group
INSERT INTO unit_group (id, name, base_unit_id, created_at, modified_at, version)
VALUES (md5('${run}-unit-group')::uuid, 'Volume units ${run}', md5('${run}-unit')::uuid, now(), now(), 0);
-- step: units
INSERT INTO unit (id, unit_group_id, name, quantity, base_quantity, position)
VALUES (md5('${run}-unit')::uuid, md5('${run}-unit-group')::uuid, 'Each', 1, 1, 0);

-- step: price lists
INSERT INTO price_list (id, name, description, currency, valid_from, state, created_at, modified_at, version)
SELECT md5('${run}-price-list-' || k)::uuid,
       'Volume list ${run} ' || k,
       'Prices of region ' || k,
       (ARRAY['EUR', 'USD', 'GBP'])[1 + k % 3],
       current_date - 365,
       'ACTIVE',
       now(), now(), 0
FROM generate_series(1, 30) AS k;

-- step: products [per n]
INSERT INTO product (id, product_number, name, description, structure, type, state, unit_group_id, default_unit_id,
                     price_currency, list_price, current_cost, standard_cost, decimals_supported, valid_from,
                     created_at, modified_at, version)
SELECT md5('${run}-product-' || i)::uuid,
       'PV${run}-' || lpad(i::text, 9, '0'),
       (ARRAY['Espresso machine', 'Grinder', 'Bean blend', 'Milk frother', 'Service plan'])[1 + i % 5] || ' model ' || i,
       'Volume product ' || i,
       'PRODUCT',
       (ARRAY['SALES_INVENTORY', 'SERVICE', 'FLAT_FEE'])[1 + i % 3],
       CASE WHEN i / 7 % 10 = 0 THEN 'DRAFT' WHEN i / 7 % 10 = 9 THEN 'RETIRED' ELSE 'ACTIVE' END,
       md5('${run}-unit-group')::uuid,
       md5('${run}-unit')::uuid,
       (ARRAY['EUR', 'USD', 'GBP'])[1 + i % 3],
       10 + (i % 997),
       5 + (i % 997) / 2,
       5 + (i % 997) / 2,
       0,
       current_date - 365,
       now() - make_interval(secs => i * ${span}),
       now() - make_interval(secs => i * ${span} / 2),
       0
FROM generate_series(${from}, ${to}) AS i;

-- step: price list items [per n]
INSERT INTO price_list_item (id, price_list_id, product_id, unit_id, pricing_method, amount, rounding_policy,
                             quantity_selling_option, created_at, modified_at, version)
SELECT md5('${run}-price-list-item-' || i)::uuid,
       md5('${run}-price-list-' || (1 + i % 30))::uuid,
       md5('${run}-product-' || i)::uuid,
       md5('${run}-unit')::uuid,
       'CURRENCY_AMOUNT',
       10 + (i % 997),
       'NONE',
       'NO_CONTROL',
       now() - make_interval(secs => i * ${span}),
       now() - make_interval(secs => i * ${span} / 2),
       0
FROM generate_series(${from}, ${to}) AS i;
