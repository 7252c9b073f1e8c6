-- Relata schema version 10 for mariadb: migrates the schema of version 9.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE `chapter` MODIFY COLUMN `level` BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE `chapter` MODIFY COLUMN `grade` VARCHAR(10) DEFAULT 'A' NOT NULL;
UPDATE `chapter` SET `grade` = ' ' WHERE `grade` = '';
ALTER TABLE `chapter` MODIFY COLUMN `note` VARCHAR(255);
