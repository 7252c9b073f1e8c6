-- Relata schema version 9 for h2: migrates the schema of version 8.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE "CHAPTER" ADD COLUMN "LEVEL" SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE "CHAPTER" ADD COLUMN "GRADE" CHAR(1) DEFAULT 'A' NOT NULL;
ALTER TABLE "CHAPTER" ADD COLUMN "NOTE" VARBINARY;
