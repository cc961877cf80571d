-- Edited after drizzle-kit generate: every table is WITHOUT ROWID so storage order follows the random
-- primary key, not insertion order (DESIGN.md §2.3). drizzle-kit cannot express this in the schema.
CREATE TABLE `boards` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`prompt` text NOT NULL,
	`categories` text NOT NULL,
	`settings` text NOT NULL,
	`phase` text NOT NULL,
	`join_code` text NOT NULL,
	`facilitator_token_hash` text NOT NULL,
	`moderator_token_hash` text NOT NULL,
	`projector_token_hash` text NOT NULL,
	`seat_key` text NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`batches` integer DEFAULT 0 NOT NULL,
	`created_day` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE UNIQUE INDEX `boards_join_code` ON `boards` (`join_code`);--> statement-breakpoint
CREATE TABLE `events` (
	`board_id` text NOT NULL,
	`seq` integer NOT NULL,
	`type` text NOT NULL,
	`post_ids` text DEFAULT '[]' NOT NULL,
	PRIMARY KEY(`board_id`, `seq`),
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `posts` (
	`id` text PRIMARY KEY NOT NULL,
	`board_id` text NOT NULL,
	`category` text NOT NULL,
	`body` text NOT NULL,
	`status` text NOT NULL,
	`delete_key_hash` text NOT NULL,
	`batch` integer,
	`released_day` text,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE UNIQUE INDEX `posts_delete_key` ON `posts` (`board_id`,`delete_key_hash`);--> statement-breakpoint
CREATE INDEX `posts_board_status` ON `posts` (`board_id`,`status`);--> statement-breakpoint
CREATE TABLE `reactions` (
	`nullifier` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`kind` text NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `reactions_post` ON `reactions` (`post_id`,`kind`);