ALTER TABLE `anomalies` ADD `alerted_at` integer;--> statement-breakpoint
CREATE INDEX `anomalies_unalerted_idx` ON `anomalies` (`created_at`) WHERE alerted_at IS NULL;