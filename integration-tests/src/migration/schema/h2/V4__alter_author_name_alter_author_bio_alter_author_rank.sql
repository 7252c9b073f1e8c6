-- Relata schema version 4 for h2: migrates the schema of version 3.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE "AUTHOR" ALTER COLUMN "NAME" SET DATA TYPE VARCHAR(400);
UPDATE "AUTHOR" SET "BIO" = '(none)' WHERE "BIO" IS NULL;
ALTER TABLE "AUTHOR" ALTER COLUMN "BIO" SET DEFAULT '(none)';
ALTER TABLE "AUTHOR" ALTER COLUMN "BIO" SET NOT NULL;
ALTER TABLE "AUTHOR" ALTER COLUMN "RANK" SET DEFAULT 1;
