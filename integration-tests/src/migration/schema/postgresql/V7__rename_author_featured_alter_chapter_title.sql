-- Relata schema version 7 for postgresql: migrates the schema of version 6.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE "author" RENAME COLUMN "rank" TO "featured";
ALTER TABLE "author" ALTER COLUMN "featured" DROP DEFAULT;
ALTER TABLE "author" ALTER COLUMN "featured" SET DATA TYPE BOOLEAN USING CAST("featured" AS BOOLEAN);
ALTER TABLE "author" ALTER COLUMN "featured" SET DEFAULT TRUE;
ALTER TABLE "chapter" ALTER COLUMN "title" SET DATA TYPE VARCHAR(20000);
