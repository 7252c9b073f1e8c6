-- Relata schema version 10 for h2: migrates the schema of version 9.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE "CHAPTER" ALTER COLUMN "LEVEL" SET DATA TYPE BOOLEAN;
ALTER TABLE "CHAPTER" ALTER COLUMN "LEVEL" SET DEFAULT FALSE;
ALTER TABLE "CHAPTER" ALTER COLUMN "GRADE" SET DATA TYPE VARCHAR(10);
ALTER TABLE "CHAPTER" ALTER COLUMN "NOTE" SET DATA TYPE VARCHAR(255);
