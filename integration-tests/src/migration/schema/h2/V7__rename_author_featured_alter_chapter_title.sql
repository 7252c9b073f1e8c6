-- Relata schema version 7 for h2: migrates the schema of version 6.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE "AUTHOR" ALTER COLUMN "RANK" RENAME TO "FEATURED";
ALTER TABLE "AUTHOR" ALTER COLUMN "FEATURED" SET DATA TYPE BOOLEAN;
ALTER TABLE "AUTHOR" ALTER COLUMN "FEATURED" SET DEFAULT TRUE;
ALTER TABLE "CHAPTER" ALTER COLUMN "TITLE" SET DATA TYPE VARCHAR(20000);
