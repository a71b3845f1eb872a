CREATE TABLE "advocacy_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"requested_by" text NOT NULL,
	"provider_name" text NOT NULL,
	"provider_phone" text,
	"provider_email" text,
	"provider_website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "advocacy_referrals" ADD CONSTRAINT "advocacy_referrals_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_referrals" ADD CONSTRAINT "advocacy_referrals_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "advocacy_referrals_complaint_idx" ON "advocacy_referrals" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "advocacy_referrals_list_idx" ON "advocacy_referrals" USING btree ("authority_id","created_at");