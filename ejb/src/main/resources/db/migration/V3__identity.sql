-- Veedor's users and their roles, read by the server's Elytron JDBC realm at login.
-- Passwords are PBKDF2-HMAC-SHA-256 digests (the SCRAM-SHA-256 salted password), base64,
-- with their own salt and iteration count: never the password itself.
create table app_user (
  username varchar(60) not null primary key,
  display_name varchar(200) not null,
  password_digest varchar(100) not null,
  password_salt varchar(100) not null,
  password_iterations integer not null,
  officer_id bigint,
  unit_id bigint,
  enabled boolean not null,
  version bigint not null,
  constraint app_user_officer_fk foreign key (officer_id) references officer (id),
  constraint app_user_unit_fk foreign key (unit_id) references unit (id)
);

create table app_user_role (
  username varchar(60) not null,
  role_name varchar(40) not null,
  constraint app_user_role_pk primary key (username, role_name),
  constraint app_user_role_user_fk foreign key (username) references app_user (username)
);
