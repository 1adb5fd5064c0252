-- Contacts are customers too (B2C): billing keeps their addresses beside the accounts', and which of the two each is,
-- so a direct order names a customer the suite knows. Rows kept before this are accounts.
ALTER TABLE customer_address ADD COLUMN customer_type varchar(10) NOT NULL DEFAULT 'ACCOUNT';
ALTER TABLE customer_address ALTER COLUMN customer_type DROP DEFAULT;
