-- Relata schema version 4 for mariadb: migrates the schema of version 3.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE `review` DROP FOREIGN KEY `fk_review_reviewer_id`;
ALTER TABLE `review` DROP INDEX `uq_review_reviewer_id`;
ALTER TABLE `review` DROP COLUMN `reviewer_id`;
ALTER TABLE `author` MODIFY COLUMN `name` VARCHAR(400) NOT NULL;
UPDATE `author` SET `bio` = '(none)' WHERE `bio` IS NULL;
ALTER TABLE `author` MODIFY COLUMN `bio` VARCHAR(255) DEFAULT '(none)' NOT NULL;
ALTER TABLE `author` MODIFY COLUMN `rank` INTEGER DEFAULT 1 NOT NULL;
