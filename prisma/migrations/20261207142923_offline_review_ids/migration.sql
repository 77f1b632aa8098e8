-- Reviews made offline carry an id from the student's device, so a retried sync never counts one twice.
-- Online reviews leave it null (a unique index allows any number of nulls).
ALTER TABLE "review_logs" ADD COLUMN "client_review_id" UUID;

CREATE UNIQUE INDEX "review_logs_client_review_id_key" ON "review_logs"("client_review_id");
