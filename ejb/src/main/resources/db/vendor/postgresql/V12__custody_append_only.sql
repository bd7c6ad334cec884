-- The chain of custody and the notes' versions are append-only at the database, as the audit
-- trail is: an edit of a note is a new version, and no custody event is ever changed or removed.
create function veedor_append_only() returns trigger
language plpgsql as $$
begin
  raise exception '% is append-only: % refused', tg_table_name, tg_op
    using errcode = 'insufficient_privilege';
end;
$$;

create trigger custody_event_no_change
  before update or delete on custody_event
  for each row execute function veedor_append_only();

create trigger case_note_no_change
  before update or delete on case_note
  for each row execute function veedor_append_only();
