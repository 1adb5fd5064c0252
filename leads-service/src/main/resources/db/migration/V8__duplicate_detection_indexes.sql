-- Duplicate detection looks records up by e-mail, company key and phone key on every create and on updates that change
-- them; a million leads must not be scanned for it. Only open leads are compared. Built CONCURRENTLY, outside a
-- transaction (docs/operations.md).
CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_company_key ON lead (company_key(company_name)) WHERE state = 'OPEN';
CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_phone_key ON lead (phone_key(phone)) WHERE state = 'OPEN';
CREATE INDEX CONCURRENTLY IF NOT EXISTS account_company_key ON account (company_key(name));
CREATE INDEX CONCURRENTLY IF NOT EXISTS account_phone_key ON account (phone_key(phone));
CREATE INDEX CONCURRENTLY IF NOT EXISTS account_email_lower ON account (lower(email));
CREATE INDEX CONCURRENTLY IF NOT EXISTS contact_phone_key ON contact (phone_key(phone));
