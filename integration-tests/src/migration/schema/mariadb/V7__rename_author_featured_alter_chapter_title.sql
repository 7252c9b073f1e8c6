-- Relata schema version 7 for mariadb: migrates the schema of version 6.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE `author` RENAME COLUMN `rank` TO `featured`;
ALTER TABLE `author` MODIFY COLUMN `featured` BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE `chapter` MODIFY COLUMN `title` MEDIUMTEXT NOT NULL;
