-- The product's number and name as the catalog last priced the line: quotes, orders and invoices print them.
ALTER TABLE opportunity_line ADD COLUMN product_number varchar(100), ADD COLUMN product_name varchar(200);
ALTER TABLE quote_line ADD COLUMN product_number varchar(100), ADD COLUMN product_name varchar(200);
