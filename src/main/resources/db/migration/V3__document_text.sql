-- The cleaned text of an imported document, stored as a file so that the index can be rebuilt
-- without extracting every original again. Documents issued here are indexed from their source.
alter table document add column text_sha256 char(64) references stored_file (sha256);

-- The kind of an imported document in words, for kinds an agency does not issue itself
-- (Nghị định, Thông tư, Luật …); documents of an ND30 type keep it in doc_type.
alter table document add column type_name varchar(60);
