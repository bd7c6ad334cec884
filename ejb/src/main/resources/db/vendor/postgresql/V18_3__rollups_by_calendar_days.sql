-- The rollups count by calendar days in the record's zone (V18): the month of receipt is the month
-- of received_on, and the days to close are closed_on - received_on, so a complaint received before
-- a clock change and closed after it is not a day short. The same report_refresh() as V17 but for
-- those two columns; every complaint is marked to be counted again.
create or replace function report_refresh() returns integer
language plpgsql as $$
declare
  n integer;
begin
  perform pg_advisory_xact_lock(7726001);
  create temp table if not exists report_batch (complaint_id bigint primary key) on commit drop;
  delete from report_batch;
  with taken as (delete from report_dirty returning complaint_id)
  insert into report_batch select distinct complaint_id from taken;
  get diagnostics n = row_count;
  if n = 0 then
    return 0;
  end if;

  -- take back what the complaints counted before
  with old as (select f.* from report_fact f join report_batch b on b.complaint_id = f.complaint_id),
  s as (
    select month, territory_id, closed, sealed, group_mask, count(*) as complaints,
      sum(public_channel) as public_channel, sum(anonymous) as anonymous, sum(withdrawn) as withdrawn,
      sum(no_place) as no_place, sum(no_incident_date) as no_incident_date, sum(no_unit) as no_unit,
      sum(corruption) as corruption, sum(organized_crime) as organized_crime,
      sum(names_officer) as names_officer, sum(allegations) as allegations,
      sum(sustained) as sustained, sum(disposed) as disposed, sum(not_sustained) as not_sustained,
      sum(exonerated) as exonerated, sum(unfounded) as unfounded, sum(undecided) as undecided,
      sum(case when close_days is null then 0 else 1 end) as closed_count,
      sum(within_deadline) as within_deadline, sum(decisions) as decisions,
      sum(inside_range) as inside_range, sum(appeals_decided) as appeals_decided,
      sum(reversed) as reversed, sum(modified) as modified
    from old group by month, territory_id, closed, sealed, group_mask)
  update report_month m set
    complaints = m.complaints - s.complaints, public_channel = m.public_channel - s.public_channel,
    anonymous = m.anonymous - s.anonymous, withdrawn = m.withdrawn - s.withdrawn,
    no_place = m.no_place - s.no_place, no_incident_date = m.no_incident_date - s.no_incident_date,
    no_unit = m.no_unit - s.no_unit, corruption = m.corruption - s.corruption,
    organized_crime = m.organized_crime - s.organized_crime,
    names_officer = m.names_officer - s.names_officer, allegations = m.allegations - s.allegations,
    sustained = m.sustained - s.sustained, disposed = m.disposed - s.disposed,
    not_sustained = m.not_sustained - s.not_sustained, exonerated = m.exonerated - s.exonerated,
    unfounded = m.unfounded - s.unfounded, undecided = m.undecided - s.undecided,
    closed_count = m.closed_count - s.closed_count,
    within_deadline = m.within_deadline - s.within_deadline, decisions = m.decisions - s.decisions,
    inside_range = m.inside_range - s.inside_range,
    appeals_decided = m.appeals_decided - s.appeals_decided, reversed = m.reversed - s.reversed,
    modified = m.modified - s.modified
  from s
  where m.month = s.month and m.territory_id = s.territory_id and m.closed = s.closed
    and m.sealed = s.sealed and m.group_mask = s.group_mask;

  with old as (select f.* from report_fact f join report_batch b on b.complaint_id = f.complaint_id),
  s as (
    select month, territory_id, sealed, group_mask, close_days, count(*) as complaints
    from old where close_days is not null
    group by month, territory_id, sealed, group_mask, close_days)
  update report_close_days d set complaints = d.complaints - s.complaints
  from s
  where d.month = s.month and d.territory_id = s.territory_id and d.sealed = s.sealed
    and d.group_mask = s.group_mask and d.days = s.close_days;

  with old as (
    select o.officer_id, f.territory_id, f.closed, f.sealed, o.allegations, o.sustained
    from report_fact_officer o
    join report_fact f on f.complaint_id = o.complaint_id
    join report_batch b on b.complaint_id = o.complaint_id),
  s as (
    select officer_id, territory_id, closed, sealed, count(*) as complaints,
      sum(allegations) as allegations, sum(sustained) as sustained
    from old group by officer_id, territory_id, closed, sealed)
  update report_officer r set complaints = r.complaints - s.complaints,
    allegations = r.allegations - s.allegations, sustained = r.sustained - s.sustained
  from s
  where r.officer_id = s.officer_id and r.territory_id = s.territory_id and r.closed = s.closed
    and r.sealed = s.sealed;

  with old as (
    select o.officer_id, o.closed, o.sealed, o.allegations, o.sustained
    from report_fact_officer o join report_batch b on b.complaint_id = o.complaint_id),
  expanded as (
    select officer_id, 0 as visibility, allegations, sustained from old
    union all
    select officer_id, 1, allegations, sustained from old where not sealed
    union all
    select officer_id, 2, allegations, sustained from old where closed and not sealed),
  s as (
    select officer_id, visibility, count(*) as complaints, sum(allegations) as allegations,
      sum(sustained) as sustained
    from expanded group by officer_id, visibility)
  update report_officer_class r set complaints = r.complaints - s.complaints,
    allegations = r.allegations - s.allegations, sustained = r.sustained - s.sustained
  from s
  where r.officer_id = s.officer_id and r.visibility = s.visibility;

  delete from report_fact_officer o using report_batch b where o.complaint_id = b.complaint_id;
  delete from report_fact f using report_batch b where f.complaint_id = b.complaint_id;

  -- what the complaints count now
  insert into report_fact
  select c.id,
    date_trunc('month', c.received_on)::date,
    coalesce(c.territory_id, -1),
    c.status = 'CLOSED',
    c.sealed,
    coalesce(a.mask, 0),
    case when c.channel in ('PUBLIC_WEB', 'WALK_IN', 'PHONE', 'MAIL') then 1 else 0 end,
    case when c.complainant_anonymous then 1 else 0 end,
    case when c.withdrawn_at is not null then 1 else 0 end,
    case when c.place is null or trim(c.place) = '' then 1 else 0 end,
    case when c.incident_date is null then 1 else 0 end,
    case when coalesce(a.with_unit, 0) = 0 then 1 else 0 end,
    case when coalesce(a.corruption, 0) > 0 then 1 else 0 end,
    case when c.organized_crime_link then 1 else 0 end,
    case when coalesce(a.with_officer, 0) > 0 then 1 else 0 end,
    coalesce(a.n, 0), coalesce(a.sustained, 0), coalesce(a.disposed, 0),
    coalesce(a.not_sustained, 0), coalesce(a.exonerated, 0), coalesce(a.unfounded, 0),
    coalesce(a.undecided, 0),
    case when c.closed_on is null then null else c.closed_on - c.received_on end,
    case when c.closed_on is not null and c.closed_on - c.received_on
      <= coalesce(c.deadline_days, 180) then 1 else 0 end,
    coalesce(d.decisions, 0), coalesce(d.inside_range, 0), coalesce(d.appeals_decided, 0),
    coalesce(d.reversed, 0), coalesce(d.modified, 0)
  from complaint c
  join report_batch b on b.complaint_id = c.id
  left join (
    select x.complaint_id, count(*) as n,
      sum(case when x.disposition = 'SUSTAINED' then 1 else 0 end) as sustained,
      sum(case when x.disposition is not null then 1 else 0 end) as disposed,
      sum(case when x.disposition = 'NOT_SUSTAINED' then 1 else 0 end) as not_sustained,
      sum(case when x.disposition = 'EXONERATED' then 1 else 0 end) as exonerated,
      sum(case when x.disposition = 'UNFOUNDED' then 1 else 0 end) as unfounded,
      sum(case when x.disposition is null then 1 else 0 end) as undecided,
      bit_or(case g.category_group when 'CORRUPTION' then 1 when 'USE_OF_FORCE' then 2
        when 'RIGHTS' then 4 when 'CONDUCT' then 8 else 16 end) as mask,
      sum(case when g.category_group = 'CORRUPTION' then 1 else 0 end) as corruption,
      sum(case when x.unit_id is not null then 1 else 0 end) as with_unit,
      sum(case when x.officer_id is not null then 1 else 0 end) as with_officer
    from allegation x
    join report_batch xb on xb.complaint_id = x.complaint_id
    join allegation_category g on g.id = x.category_id
    group by x.complaint_id) a on a.complaint_id = c.id
  left join (
    select y.complaint_id, count(*) as decisions,
      sum(case when y.inside_range then 1 else 0 end) as inside_range,
      sum(case when y.appeal_outcome is not null then 1 else 0 end) as appeals_decided,
      sum(case when y.appeal_outcome = 'REVERSED' then 1 else 0 end) as reversed,
      sum(case when y.appeal_outcome = 'MODIFIED' then 1 else 0 end) as modified
    from sanction_decision y
    join report_batch yb on yb.complaint_id = y.complaint_id
    group by y.complaint_id) d on d.complaint_id = c.id;

  insert into report_fact_officer (complaint_id, officer_id, closed, sealed, allegations, sustained)
  select x.complaint_id, x.officer_id, f.closed, f.sealed, count(*),
    sum(case when x.disposition = 'SUSTAINED' then 1 else 0 end)
  from allegation x
  join report_batch b on b.complaint_id = x.complaint_id
  join report_fact f on f.complaint_id = x.complaint_id
  where x.officer_id is not null
  group by x.complaint_id, x.officer_id, f.closed, f.sealed;

  insert into report_month
  select f.month, f.territory_id, f.closed, f.sealed, f.group_mask, count(*),
    sum(f.public_channel), sum(f.anonymous), sum(f.withdrawn), sum(f.no_place),
    sum(f.no_incident_date), sum(f.no_unit), sum(f.corruption), sum(f.organized_crime),
    sum(f.names_officer), sum(f.allegations), sum(f.sustained), sum(f.disposed),
    sum(f.not_sustained), sum(f.exonerated), sum(f.unfounded), sum(f.undecided),
    sum(case when f.close_days is null then 0 else 1 end), sum(f.within_deadline),
    sum(f.decisions), sum(f.inside_range), sum(f.appeals_decided), sum(f.reversed),
    sum(f.modified)
  from report_fact f join report_batch b on b.complaint_id = f.complaint_id
  group by f.month, f.territory_id, f.closed, f.sealed, f.group_mask
  on conflict (month, territory_id, closed, sealed, group_mask) do update set
    complaints = report_month.complaints + excluded.complaints,
    public_channel = report_month.public_channel + excluded.public_channel,
    anonymous = report_month.anonymous + excluded.anonymous,
    withdrawn = report_month.withdrawn + excluded.withdrawn,
    no_place = report_month.no_place + excluded.no_place,
    no_incident_date = report_month.no_incident_date + excluded.no_incident_date,
    no_unit = report_month.no_unit + excluded.no_unit,
    corruption = report_month.corruption + excluded.corruption,
    organized_crime = report_month.organized_crime + excluded.organized_crime,
    names_officer = report_month.names_officer + excluded.names_officer,
    allegations = report_month.allegations + excluded.allegations,
    sustained = report_month.sustained + excluded.sustained,
    disposed = report_month.disposed + excluded.disposed,
    not_sustained = report_month.not_sustained + excluded.not_sustained,
    exonerated = report_month.exonerated + excluded.exonerated,
    unfounded = report_month.unfounded + excluded.unfounded,
    undecided = report_month.undecided + excluded.undecided,
    closed_count = report_month.closed_count + excluded.closed_count,
    within_deadline = report_month.within_deadline + excluded.within_deadline,
    decisions = report_month.decisions + excluded.decisions,
    inside_range = report_month.inside_range + excluded.inside_range,
    appeals_decided = report_month.appeals_decided + excluded.appeals_decided,
    reversed = report_month.reversed + excluded.reversed,
    modified = report_month.modified + excluded.modified;

  insert into report_close_days
  select f.month, f.territory_id, f.sealed, f.group_mask, f.close_days, count(*)
  from report_fact f join report_batch b on b.complaint_id = f.complaint_id
  where f.close_days is not null
  group by f.month, f.territory_id, f.sealed, f.group_mask, f.close_days
  on conflict (month, territory_id, sealed, group_mask, days) do update set
    complaints = report_close_days.complaints + excluded.complaints;

  insert into report_officer
  select o.officer_id, f.territory_id, f.closed, f.sealed, count(*), sum(o.allegations),
    sum(o.sustained)
  from report_fact_officer o
  join report_batch b on b.complaint_id = o.complaint_id
  join report_fact f on f.complaint_id = o.complaint_id
  group by o.officer_id, f.territory_id, f.closed, f.sealed
  on conflict (officer_id, territory_id, closed, sealed) do update set
    complaints = report_officer.complaints + excluded.complaints,
    allegations = report_officer.allegations + excluded.allegations,
    sustained = report_officer.sustained + excluded.sustained;

  with new as (
    select o.officer_id, o.closed, o.sealed, o.allegations, o.sustained
    from report_fact_officer o join report_batch b on b.complaint_id = o.complaint_id),
  expanded as (
    select officer_id, 0 as visibility, allegations, sustained from new
    union all
    select officer_id, 1, allegations, sustained from new where not sealed
    union all
    select officer_id, 2, allegations, sustained from new where closed and not sealed)
  insert into report_officer_class
  select officer_id, visibility, count(*), sum(allegations), sum(sustained)
  from expanded group by officer_id, visibility
  on conflict (officer_id, visibility) do update set
    complaints = report_officer_class.complaints + excluded.complaints,
    allegations = report_officer_class.allegations + excluded.allegations,
    sustained = report_officer_class.sustained + excluded.sustained;

  delete from report_officer_class where complaints = 0;
  delete from report_month where complaints = 0;
  delete from report_close_days where complaints = 0;
  delete from report_officer where complaints = 0;
  return n;
end;
$$;


insert into report_dirty (complaint_id) select id from complaint on conflict do nothing;
