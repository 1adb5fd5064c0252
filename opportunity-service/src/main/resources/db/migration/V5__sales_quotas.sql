-- Sales quotas for forecasts: an amount per owner (or team) and period, in a currency.
CREATE TABLE sales_quota (
    id            uuid PRIMARY KEY,
    owner_id      varchar(200),
    owning_team   varchar(100),
    period_start  date           NOT NULL,
    period_end    date           NOT NULL,
    currency      varchar(3)     NOT NULL,
    amount        numeric(19, 4) NOT NULL,
    created_at    timestamptz    NOT NULL,
    modified_at   timestamptz    NOT NULL,
    version       bigint         NOT NULL,
    CONSTRAINT sales_quota_for_owner_or_team CHECK ((owner_id IS NULL) <> (owning_team IS NULL)),
    CONSTRAINT sales_quota_period CHECK (period_end >= period_start)
);
CREATE UNIQUE INDEX sales_quota_unique ON sales_quota (coalesce(owner_id, ''), coalesce(owning_team, ''), period_start, period_end, currency);
