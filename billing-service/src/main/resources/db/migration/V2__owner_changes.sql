-- When the opportunity's owner last changed (the time of the event that said so): an accepted quote published
-- before that change is billed to the new owner, whatever order the two events arrive in.
ALTER TABLE opportunity_visibility ADD COLUMN owner_since timestamptz;
