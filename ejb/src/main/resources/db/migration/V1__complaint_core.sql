-- Veedor's core: territories, the unit tree, officers and their assignments, the allegation
-- taxonomy, complaints and their allegations. Written for both H2 (embedded) and PostgreSQL.

create sequence territory_seq start with 1 increment by 50;
create sequence unit_seq start with 1 increment by 50;
create sequence officer_seq start with 1 increment by 50;
create sequence assignment_seq start with 1 increment by 50;
create sequence allegation_category_seq start with 1 increment by 50;
create sequence complaint_seq start with 1 increment by 50;
create sequence allegation_seq start with 1 increment by 50;

create table territory (
  id bigint not null primary key,
  code varchar(40) not null,
  name varchar(200) not null,
  version bigint not null,
  constraint territory_code_uk unique (code)
);

create table unit (
  id bigint not null primary key,
  code varchar(40) not null,
  name varchar(200) not null,
  level varchar(20) not null,
  parent_id bigint,
  territory_id bigint not null,
  -- materialised path of ids ("/1/4/17/"), so a subtree is one prefix match
  tree_path varchar(1000) not null,
  version bigint not null,
  constraint unit_code_uk unique (code),
  constraint unit_parent_fk foreign key (parent_id) references unit (id),
  constraint unit_territory_fk foreign key (territory_id) references territory (id)
);
create index unit_tree_path_idx on unit (tree_path);

create table officer (
  id bigint not null primary key,
  badge_number varchar(20) not null,
  given_names varchar(120) not null,
  family_names varchar(120) not null,
  officer_rank varchar(20) not null,
  status varchar(20) not null,
  version bigint not null,
  constraint officer_badge_uk unique (badge_number)
);
create index officer_family_names_idx on officer (family_names);

create table assignment (
  id bigint not null primary key,
  officer_id bigint not null,
  unit_id bigint not null,
  start_date date not null,
  end_date date,
  constraint assignment_officer_fk foreign key (officer_id) references officer (id),
  constraint assignment_unit_fk foreign key (unit_id) references unit (id),
  constraint assignment_dates_ck check (end_date is null or end_date >= start_date)
);
create index assignment_officer_idx on assignment (officer_id, start_date);
create index assignment_unit_idx on assignment (unit_id, start_date);

create table allegation_category (
  id bigint not null primary key,
  code varchar(60) not null,
  category_group varchar(20) not null,
  serious boolean not null,
  active boolean not null,
  version bigint not null,
  constraint allegation_category_code_uk unique (code)
);

-- one row per year: the last serial handed out. Locked by each registration, so reference
-- numbers never repeat and, because the lock and the complaint commit together, never skip.
create table reference_sequence (
  reference_year integer not null primary key,
  last_serial integer not null
);

create table complaint (
  id bigint not null primary key,
  reference_number varchar(20) not null,
  channel varchar(30) not null,
  status varchar(30) not null,
  received_at timestamp(6) with time zone not null,
  incident_date date,
  place varchar(500),
  territory_id bigint,
  narrative varchar(20000) not null,
  narrative_language varchar(8),
  complainant_anonymous boolean not null,
  complainant_name varchar(200),
  complainant_email varchar(254),
  complainant_phone varchar(40),
  organized_crime_link boolean not null,
  injury_reported boolean not null,
  closed_at timestamp(6) with time zone,
  version bigint not null,
  constraint complaint_reference_uk unique (reference_number),
  constraint complaint_territory_fk foreign key (territory_id) references territory (id)
);
create index complaint_received_idx on complaint (received_at);
create index complaint_status_idx on complaint (status, received_at);
create index complaint_territory_idx on complaint (territory_id, received_at);

create table allegation (
  id bigint not null primary key,
  complaint_id bigint not null,
  officer_id bigint,
  unit_id bigint,
  category_id bigint not null,
  disposition varchar(20),
  disposed_on date,
  constraint allegation_complaint_fk foreign key (complaint_id) references complaint (id),
  constraint allegation_officer_fk foreign key (officer_id) references officer (id),
  constraint allegation_unit_fk foreign key (unit_id) references unit (id),
  constraint allegation_category_fk foreign key (category_id) references allegation_category (id)
);
create index allegation_complaint_idx on allegation (complaint_id);
create index allegation_officer_idx on allegation (officer_id);
create index allegation_unit_idx on allegation (unit_id, complaint_id);
create index allegation_category_idx on allegation (category_id, complaint_id);
