-- The audit trail is append-only at the database: no update, delete or truncate of audit_event
-- reaches a row, whoever the application connects as. Undoing this takes a deliberate act by the
-- database's owner or a superuser (dropping the triggers, or session_replication_role = replica),
-- and the hash chain still shows what was changed.
create function audit_event_append_only() returns trigger
language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op
    using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_change
  before update or delete on audit_event
  for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
  before truncate on audit_event
  for each statement execute function audit_event_append_only();
