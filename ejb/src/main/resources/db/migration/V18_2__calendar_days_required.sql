-- Every complaint has its zone and day of receipt from now on (18.1 filled those kept before).
alter table complaint alter column record_zone set not null;
alter table complaint alter column received_on set not null;
create index complaint_received_on_idx on complaint (received_on);
create index complaint_territory_received_on_idx on complaint (territory_id, received_on);
