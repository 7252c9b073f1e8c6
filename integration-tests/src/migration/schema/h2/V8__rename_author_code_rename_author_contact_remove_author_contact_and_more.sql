-- Relata schema version 8 for h2: migrates the schema of version 7.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE "AUTHOR" DROP COLUMN "CONTACT";
ALTER TABLE "AUTHOR" ALTER COLUMN "ID" RENAME TO "CODE";
ALTER TABLE "AUTHOR" ALTER COLUMN "BIO" RENAME TO "CONTACT";
ALTER TABLE "BOOK" ALTER COLUMN "ID" RENAME TO "NUMBER";
