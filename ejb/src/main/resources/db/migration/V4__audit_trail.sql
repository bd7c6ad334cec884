-- The audit trail: who did what to which object, when, and with what outcome. Each event carries
-- the SHA-256 of its content chained to the previous event's hash, so that changing, removing or
-- inserting a stored event breaks the chain at that event. Ids have no gaps: the head row hands
-- them out under a lock, in the transaction that records the event.
create table audit_event (
  id bigint not null primary key,
  occurred_at timestamp(6) with time zone not null,
  username varchar(60) not null,
  event_type varchar(40) not null,
  object_type varchar(40),
  object_id varchar(100),
  outcome varchar(20) not null,
  detail varchar(1000),
  previous_hash varchar(64) not null,
  hash varchar(64) not null
);
create index audit_event_time_idx on audit_event (occurred_at);
create index audit_event_user_idx on audit_event (username, occurred_at);
create index audit_event_object_idx on audit_event (object_type, object_id);

create table audit_chain_head (
  id integer not null primary key,
  last_id bigint not null,
  last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_id, last_hash)
  values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
