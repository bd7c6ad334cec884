-- Why a file's text was not read, as one code for one cause whichever guard noticed it first
-- (ZIP_BOMB, ENCRYPTED, NEEDS_TOO_MUCH_MEMORY, TOO_SLOW, UNREADABLE, INTERRUPTED, TEXT_CUT); the
-- free text of extraction_reason stays for the custody log and the administrator. Files refused
-- before this column was added keep it empty.
alter table case_file add column extraction_code varchar(30);
