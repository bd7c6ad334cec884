-- The calendar days a complaint is counted by: of receipt and of closure, read in the zone of the
-- record (the deployment's for complaints registered here, the source system's for imported ones).
-- Periods, ranges and durations in days count by these, never by instants cut at midnight UTC.
-- Migration 18.1 fills them for the complaints already kept; 18.2 makes them required.
alter table complaint add column record_zone varchar(40);
alter table complaint add column received_on date;
alter table complaint add column closed_on date;
