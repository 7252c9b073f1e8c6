-- Relata schema version 10 for postgresql: migrates the schema of version 9.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE "chapter" ALTER COLUMN "level" DROP DEFAULT;
ALTER TABLE "chapter" ALTER COLUMN "level" SET DATA TYPE BOOLEAN USING ("level" <> 0);
ALTER TABLE "chapter" ALTER COLUMN "level" SET DEFAULT FALSE;
ALTER TABLE "chapter" ALTER COLUMN "grade" DROP DEFAULT;
ALTER TABLE "chapter" ALTER COLUMN "grade" SET DATA TYPE VARCHAR(10) USING rpad(CAST("grade" AS TEXT), 1);
ALTER TABLE "chapter" ALTER COLUMN "grade" SET DEFAULT 'A';
ALTER TABLE "chapter" ALTER COLUMN "note" SET DATA TYPE VARCHAR(255) USING convert_from("note", 'UTF8');
