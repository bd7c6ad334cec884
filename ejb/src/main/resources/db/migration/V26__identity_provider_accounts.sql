-- Sign-in through an identity provider (OpenID Connect): the server's realm creates the account of a
-- provider's user at the first sign-in and keeps its roles as the provider's token gives them. Such
-- an account has no password in Veedor (its digest columns hold '-', which no password matches).
alter table app_user add column signs_in_with varchar(12) default 'PASSWORD' not null;

-- What the server's security layer did beyond a plain attempt (an account made from the provider's
-- token, roles taken from it), told in the trail when the application folds the inbox.
alter table sign_in_attempt add column detail varchar(1000);
