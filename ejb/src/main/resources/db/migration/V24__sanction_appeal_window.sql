-- The end of the officer's appeal window, fixed when the sanction is decided (the decision time
-- plus the window the lifecycle runs), so that the case shows until when an appeal is possible.
alter table sanction_decision add column appeal_until timestamp(6) with time zone;
