-- Who works a case: its investigator and reviewing supervisor (user names). The lifecycle
-- workflow assigns them; the access rules read them (complainant identity is theirs to see).
alter table complaint add column assigned_investigator varchar(60);
alter table complaint add column assigned_supervisor varchar(60);
create index complaint_investigator_idx on complaint (assigned_investigator);
