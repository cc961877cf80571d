ALTER TABLE `posts` ADD `reviewed` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Added by hand: posts a moderator already approved or restored keep that standing (the audit log says which).
UPDATE `posts` SET `reviewed` = true WHERE `id` IN (SELECT `post_id` FROM `audit` WHERE `action` IN ('approve', 'restore'));
