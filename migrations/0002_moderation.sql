-- Edited after drizzle-kit generate: WITHOUT ROWID, as in 0000 (DESIGN.md §2.3).
CREATE TABLE `audit` (
	`id` text PRIMARY KEY NOT NULL,
	`board_id` text NOT NULL,
	`post_id` text NOT NULL,
	`action` text NOT NULL,
	`reason` text,
	`role` text NOT NULL,
	`moderator_name` text,
	`at` text NOT NULL,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `audit_board` ON `audit` (`board_id`,`at`);--> statement-breakpoint
ALTER TABLE `posts` ADD `held_reason` text;