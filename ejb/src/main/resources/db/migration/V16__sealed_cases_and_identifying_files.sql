-- One access policy: whether a case is sealed is kept with the case (set by the policy's rule when
-- it is registered and whenever its allegations change, or by a decision of the sealed-cases unit
-- with its reason), so that every way of reading cases reads the same fact. The rule's value for
-- the cases already here is written by the Java migration 16.1 (the policy's own code).
alter table complaint add column sealed boolean default false not null;
alter table complaint add column sealing_decision boolean;
alter table complaint add column sealing_reason varchar(2000);
create index complaint_sealed_idx on complaint (sealed);

-- A file may identify the complainant (a statement, a scanned form): readers who may not know who
-- the complainant is see that it exists, not what it says.
alter table case_file add column identifies_complainant boolean default false not null;
