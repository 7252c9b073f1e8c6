-- Relata schema version 8 for mariadb: migrates the schema of version 7.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE `author` DROP COLUMN `contact`;
ALTER TABLE `author` RENAME COLUMN `id` TO `code`;
ALTER TABLE `author` RENAME COLUMN `bio` TO `contact`;
ALTER TABLE `book` RENAME COLUMN `id` TO `number`;
