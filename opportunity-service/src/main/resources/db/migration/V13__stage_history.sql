-- Business process flow: when the opportunity entered its current stage, and every stage change (who, when, how long
-- the stage it left took). Existing opportunities are taken to have been in their stage since they were opened.
ALTER TABLE opportunity ADD COLUMN stage_entered_at timestamptz;
UPDATE opportunity SET stage_entered_at = created_at;
ALTER TABLE opportunity ALTER COLUMN stage_entered_at SET NOT NULL;
ALTER TABLE opportunity ALTER COLUMN stage_entered_at SET DEFAULT now();

CREATE TABLE opportunity_stage_change (
    id                  uuid         PRIMARY KEY,
    opportunity_id      uuid         NOT NULL REFERENCES opportunity (id) ON DELETE CASCADE,
    from_stage          varchar(20),
    to_stage            varchar(20)  NOT NULL,
    changed_by          varchar(200) NOT NULL,
    changed_at          timestamptz  NOT NULL,
    seconds_in_stage    bigint
);
-- An opportunity's history, oldest first; the funnel averages completed stays per stage.
CREATE INDEX opportunity_stage_change_opportunity ON opportunity_stage_change (opportunity_id, changed_at);
