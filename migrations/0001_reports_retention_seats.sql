-- Edited after drizzle-kit generate: WITHOUT ROWID, as in 0000 (DESIGN.md §2.3).
CREATE TABLE `reports` (
	`nullifier` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `reports_post` ON `reports` (`post_id`);--> statement-breakpoint
ALTER TABLE `boards` ADD `closed_day` text;--> statement-breakpoint
ALTER TABLE `boards` ADD `seats_issued` integer DEFAULT 0 NOT NULL;