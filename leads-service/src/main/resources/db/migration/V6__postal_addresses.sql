-- Postal addresses as Dynamics 365 keeps them: a lead's is copied to the account qualifying creates, an account's is
-- printed as the bill-to of its orders and invoices.
ALTER TABLE lead
    ADD COLUMN street1 varchar(250),
    ADD COLUMN street2 varchar(250),
    ADD COLUMN postal_code varchar(20),
    ADD COLUMN city varchar(100),
    ADD COLUMN state_or_province varchar(100),
    ADD COLUMN country varchar(100);
ALTER TABLE account
    ADD COLUMN street1 varchar(250),
    ADD COLUMN street2 varchar(250),
    ADD COLUMN postal_code varchar(20),
    ADD COLUMN state_or_province varchar(100);
