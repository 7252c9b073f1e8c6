-- Relata schema version 1 for mariadb: creates the schema.
-- Written by the processor from the @Model records. Once run against a database, never edit it.
CREATE TABLE `author` (`id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, `name` VARCHAR(255) NOT NULL, `email` VARCHAR(255) NOT NULL) ENGINE=InnoDB;
CREATE TABLE `book` (`id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, `author_id` BIGINT NOT NULL, `title` VARCHAR(255) NOT NULL, `isbn` VARCHAR(255) NOT NULL, CONSTRAINT `uq_book_author_id` UNIQUE (`author_id`)) ENGINE=InnoDB;
ALTER TABLE `book` ADD CONSTRAINT `fk_book_author_id` FOREIGN KEY (`author_id`) REFERENCES `author` (`id`) ON DELETE RESTRICT;
