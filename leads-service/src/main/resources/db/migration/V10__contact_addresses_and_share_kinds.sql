-- Contacts have a postal address, as accounts do: a B2C sale (a contact as customer) prints it as the bill-to of its
-- orders and invoices, and qualifying a lead copies the lead's address to the contact it creates.
ALTER TABLE contact
    ADD COLUMN street1 varchar(250),
    ADD COLUMN street2 varchar(250),
    ADD COLUMN postal_code varchar(20),
    ADD COLUMN city varchar(100),
    ADD COLUMN state_or_province varchar(100),
    ADD COLUMN country varchar(100);

-- record_share is the shared kit's table now (platform/access): every service names its kinds of record in it, some
-- longer than ten characters ("opportunity").
ALTER TABLE record_share ALTER COLUMN record_type TYPE varchar(20);
