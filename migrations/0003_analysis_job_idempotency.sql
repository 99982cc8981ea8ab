ALTER TABLE `analysis_jobs` ADD `idempotency_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `analysis_jobs_user_idempotency_key_uq` ON `analysis_jobs` (`user_id`,`idempotency_key`);