-- Relata schema version 2 for mariadb: migrates the schema of version 1.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
CREATE TABLE `review` (`id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, `book_id` BIGINT NOT NULL, `text` VARCHAR(255) NOT NULL, CONSTRAINT `uq_review_book_id` UNIQUE (`book_id`)) ENGINE=InnoDB;
ALTER TABLE `author` ADD COLUMN `bio` VARCHAR(255);
ALTER TABLE `author` ADD COLUMN `rank` INTEGER DEFAULT 3 NOT NULL;
ALTER TABLE `review` ADD CONSTRAINT `fk_review_book_id` FOREIGN KEY (`book_id`) REFERENCES `book` (`id`) ON DELETE CASCADE;
