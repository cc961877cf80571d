DROP INDEX `posts_board_status`;--> statement-breakpoint
CREATE INDEX `posts_board_status_batch` ON `posts` (`board_id`,`status`,`batch`,`id`);