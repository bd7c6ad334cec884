-- Which layout of the search documents the index was last built with (CaseIndex.LAYOUT). A server
-- that finds its index built with an older layout (fields added, such as the calendar day of
-- receipt and the findings of V18) rewrites every document at its start; empty until the first build.
create table search_index_layout (
  layout integer not null
);
