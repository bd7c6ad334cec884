-- Background work survives a restart. A quarterly report is a row (the request with the reader's
-- words, its progress) and, once built, a PDF under the data folder; one cut short by a restart is
-- built again at the next start. An import keeps its uploaded files under the data folder while it
-- runs and goes on after a restart from the last batch it committed; resumptions counts those.
create table quarterly_report (
  id varchar(36) primary key,
  report_year integer not null,
  report_quarter integer not null,
  territory varchar(40),
  labels varchar(100000) not null,
  requested_by varchar(60) not null,
  requested_at timestamp(6) with time zone not null,
  state varchar(20) not null,
  progress integer not null,
  failure varchar(2000),
  finished_at timestamp(6) with time zone,
  pdf_bytes bigint,
  resumptions integer not null
);

create index quarterly_report_reader on quarterly_report (requested_by, requested_at);
create index quarterly_report_state on quarterly_report (state);

alter table import_run add column resumptions integer default 0 not null;
