-- Relata schema version 6 for mariadb: migrates the schema of version 5.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
ALTER TABLE `book` DROP FOREIGN KEY `fk_book_author_id`;
ALTER TABLE `book` DROP INDEX `uq_book_author_id`;
CREATE TABLE `chapter` (`id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, `book_id` BIGINT NOT NULL, `title` VARCHAR(255) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX `ix_book_author_id` ON `book` (`author_id`);
ALTER TABLE `book` ADD CONSTRAINT `fk_book_author_id` FOREIGN KEY (`author_id`) REFERENCES `author` (`id`) ON DELETE CASCADE;
ALTER TABLE `book` ADD CONSTRAINT `uq_book_title` UNIQUE (`title`);
CREATE INDEX `ix_chapter_book_id` ON `chapter` (`book_id`);
ALTER TABLE `chapter` ADD CONSTRAINT `fk_chapter_book_id` FOREIGN KEY (`book_id`) REFERENCES `book` (`id`) ON DELETE CASCADE;
