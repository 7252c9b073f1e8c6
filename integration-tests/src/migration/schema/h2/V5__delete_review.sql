-- Relata schema version 5 for h2: migrates the schema of version 4.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE "REVIEW" DROP CONSTRAINT "FK_REVIEW_BOOK_ID";
DROP TABLE "REVIEW";
