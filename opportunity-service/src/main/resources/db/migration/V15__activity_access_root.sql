-- Each activity carries the access root of the record it regards (docs/domain.md, "Ownership and access"): the deal
-- for an opportunity, quote, or a deal's order or invoice; the lead, account or contact itself; a direct order or
-- invoice itself. Its owner and team are kept with it (moved when the deal is assigned or the record's owner
-- changes), so the activities list asks each access rule of the activity row, from an index, as orders and invoices
-- carry their deal's owner: it no longer hashes every opportunity of a rep's team for every page.
ALTER TABLE activity
    ADD COLUMN root_kind varchar(20),
    ADD COLUMN root_id uuid,
    ADD COLUMN root_owner_id varchar(200),
    ADD COLUMN root_owning_team varchar(100);

UPDATE activity a SET root_kind = 'opportunity', root_id = o.id, root_owner_id = o.owner_id,
                      root_owning_team = o.owning_team
FROM opportunity o WHERE o.id = a.regarding_opportunity_id;

UPDATE activity a SET root_kind = lower(a.regarding_type), root_id = a.regarding_id, root_owner_id = r.owner_id,
                      root_owning_team = r.owning_team
FROM regarded_record r WHERE a.root_kind IS NULL AND r.id = a.regarding_id;

-- A record this service never heard of (none should be) is its own root, with no owner: only its activity's owner,
-- managers and admins read it.
UPDATE activity SET root_kind = lower(regarding_type), root_id = regarding_id WHERE root_kind IS NULL;

ALTER TABLE activity
    ALTER COLUMN root_kind SET NOT NULL,
    ALTER COLUMN root_id SET NOT NULL;
