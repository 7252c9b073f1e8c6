-- Relata schema version 5 for mariadb: migrates the schema of version 4.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE `review` DROP FOREIGN KEY `fk_review_book_id`;
DROP TABLE `review`;
