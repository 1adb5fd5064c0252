-- Tables of the entities the architecture rules are tried on (io.lead2cash.platform.fixture): Hibernate finds
-- every entity on the test class path and validates it against the schema.
CREATE TABLE fixture_basket (id uuid PRIMARY KEY);
CREATE TABLE fixture_order (id uuid PRIMARY KEY, version bigint NOT NULL);
