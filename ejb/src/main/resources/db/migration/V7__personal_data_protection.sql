-- Complainant personal data is encrypted at field level (AES-256-GCM, key from the server's
-- configuration): the columns hold the sealed form, which is longer than the text. Values written
-- before this version are sealed by the application at its next start.
alter table complaint alter column complainant_name set data type varchar(1200);
alter table complaint alter column complainant_email set data type varchar(1200);
alter table complaint alter column complainant_phone set data type varchar(1200);

-- Retention: when the personal data of a closed case was removed (the case itself stays).
alter table complaint add column complainant_data_removed_at timestamp(6) with time zone;
create index complaint_closed_idx on complaint (status, closed_at);
