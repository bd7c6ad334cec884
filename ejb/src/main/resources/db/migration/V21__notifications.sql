-- Notifications: staff are written to at their e-mail address (reminders, escalations), and a
-- complainant in the language they chose (the form's, or the one intake noted); when none was
-- noted, the language of their narrative is used.
alter table app_user add column email varchar(254);
alter table complaint add column complainant_language varchar(8);
