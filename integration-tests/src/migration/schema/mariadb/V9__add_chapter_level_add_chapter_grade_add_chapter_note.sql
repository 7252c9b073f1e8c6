-- Relata schema version 9 for mariadb: migrates the schema of version 8.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE `chapter` ADD COLUMN `level` SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE `chapter` ADD COLUMN `grade` CHAR(1) DEFAULT 'A' NOT NULL;
ALTER TABLE `chapter` ADD COLUMN `note` LONGBLOB;
