ALTER TABLE `interview_sessions` ADD `idempotency_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `interview_sessions_user_idempotency_key_uq` ON `interview_sessions` (`user_id`,`idempotency_key`);--> statement-breakpoint
ALTER TABLE `meeting_sessions` ADD `idempotency_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_sessions_user_idempotency_key_uq` ON `meeting_sessions` (`user_id`,`idempotency_key`);