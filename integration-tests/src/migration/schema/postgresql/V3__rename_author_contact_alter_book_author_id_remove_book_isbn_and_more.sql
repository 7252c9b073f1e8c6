-- Relata schema version 3 for postgresql: migrates the schema of version 2.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE "book" DROP CONSTRAINT "fk_book_author_id";
ALTER TABLE "book" DROP COLUMN "isbn";
ALTER TABLE "author" RENAME COLUMN "email" TO "contact";
CREATE TABLE "ebook" ("book_ptr_id" BIGINT NOT NULL PRIMARY KEY, "format" VARCHAR(255) DEFAULT 'epub' NOT NULL);
ALTER TABLE "review" ADD COLUMN "reviewer_id" BIGINT;
ALTER TABLE "book" ADD CONSTRAINT "fk_book_author_id" FOREIGN KEY ("author_id") REFERENCES "author" ("id") ON DELETE CASCADE;
ALTER TABLE "review" ADD CONSTRAINT "uq_review_reviewer_id" UNIQUE ("reviewer_id");
ALTER TABLE "review" ADD CONSTRAINT "fk_review_reviewer_id" FOREIGN KEY ("reviewer_id") REFERENCES "author" ("id") ON DELETE SET NULL;
ALTER TABLE "ebook" ADD CONSTRAINT "fk_ebook_book_ptr_id" FOREIGN KEY ("book_ptr_id") REFERENCES "book" ("id") ON DELETE CASCADE;
