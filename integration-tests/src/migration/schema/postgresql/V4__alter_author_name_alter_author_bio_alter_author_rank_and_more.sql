-- Relata schema version 4 for postgresql: migrates the schema of version 3.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE "review" DROP CONSTRAINT "fk_review_reviewer_id";
ALTER TABLE "review" DROP CONSTRAINT "uq_review_reviewer_id";
ALTER TABLE "review" DROP COLUMN "reviewer_id";
ALTER TABLE "author" ALTER COLUMN "name" SET DATA TYPE VARCHAR(400);
UPDATE "author" SET "bio" = '(none)' WHERE "bio" IS NULL;
ALTER TABLE "author" ALTER COLUMN "bio" SET DEFAULT '(none)';
ALTER TABLE "author" ALTER COLUMN "bio" SET NOT NULL;
ALTER TABLE "author" ALTER COLUMN "rank" SET DEFAULT 1;
