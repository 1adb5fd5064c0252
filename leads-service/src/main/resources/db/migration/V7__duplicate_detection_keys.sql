-- Duplicate detection (DuplicateDetection): what two records must share to look like the same customer. Defined once,
-- here, so the check and its indexes cannot disagree.

-- A company name without case, punctuation or legal form: 'Café Lumière S.A.R.L.' and 'CAFÉ LUMIÈRE' match. Dots and
-- apostrophes join what they separate ('S.A.R.L.' is 'sarl', 'O'Brien' is 'obrien'); other punctuation separates words.
CREATE OR REPLACE FUNCTION company_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
    SELECT nullif(btrim(regexp_replace(regexp_replace(
        ' ' || regexp_replace(regexp_replace(lower(name), '[.''’]', '', 'g'), '[^[:alnum:]]+', ' ', 'g') || ' ',
        ' (inc|incorporated|ltd|limited|llc|llp|plc|gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|co|corp|corporation|company|the)(?= )',
        '', 'g'), ' +', ' ', 'g')), '')
$$;

-- A phone number's digits, the last nine when it has more: '+33 4 72 00 00 00' and '04 72 00 00 00' match, as do
-- '+1 425-555-0100' and '(425) 555-0100'. Fewer than seven digits is not a number to match on.
CREATE OR REPLACE FUNCTION phone_key(phone text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
    SELECT CASE WHEN length(d) >= 9 THEN right(d, 9) WHEN length(d) >= 7 THEN d END
    FROM (SELECT regexp_replace(phone, '[^0-9]', '', 'g') AS d) AS digits
$$;
