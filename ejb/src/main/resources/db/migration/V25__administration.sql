-- Administration without SQL: a password handed out by an administrator (or printed once for the
-- first administrator) must be changed at the first sign-in; a unit can be closed (it stays in the
-- tree for its history and for complaints about what happened before, and takes no new members or
-- subunits); a category carries its own names in
-- Veedor's three languages, so that one added after installation reads well everywhere.
alter table app_user add column password_must_change boolean default false not null;
alter table unit add column closed_on date;
alter table allegation_category add column name_en varchar(120);
alter table allegation_category add column name_es varchar(120);
alter table allegation_category add column name_pt varchar(120);
