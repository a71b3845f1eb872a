CREATE TABLE "advocate_cases" (
	"advocate_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"authority_id" uuid NOT NULL,
	"how" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advocate_cases_advocate_id_complaint_id_pk" PRIMARY KEY("advocate_id","complaint_id")
);
--> statement-breakpoint
CREATE TABLE "advocates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"provider_name" text NOT NULL,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "portal_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"authority_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"contact_email" text,
	"advocate_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_sign_in_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"authority_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"contact_email" text,
	"advocate_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "advocate_cases" ADD CONSTRAINT "advocate_cases_advocate_id_advocates_id_fk" FOREIGN KEY ("advocate_id") REFERENCES "public"."advocates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocate_cases" ADD CONSTRAINT "advocate_cases_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocate_cases" ADD CONSTRAINT "advocate_cases_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocates" ADD CONSTRAINT "advocates_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_sessions" ADD CONSTRAINT "portal_sessions_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_sessions" ADD CONSTRAINT "portal_sessions_advocate_id_advocates_id_fk" FOREIGN KEY ("advocate_id") REFERENCES "public"."advocates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_sign_in_links" ADD CONSTRAINT "portal_sign_in_links_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_sign_in_links" ADD CONSTRAINT "portal_sign_in_links_advocate_id_advocates_id_fk" FOREIGN KEY ("advocate_id") REFERENCES "public"."advocates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advocate_cases_complaint_idx" ON "advocate_cases" USING btree ("authority_id","complaint_id");--> statement-breakpoint
CREATE UNIQUE INDEX "advocates_email_idx" ON "advocates" USING btree ("authority_id","email");--> statement-breakpoint
CREATE INDEX "portal_sessions_expiry_idx" ON "portal_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "portal_sign_in_links_expiry_idx" ON "portal_sign_in_links" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "complaints_contact_email_idx" ON "complaints" USING btree ("authority_id",lower("contact_email"));