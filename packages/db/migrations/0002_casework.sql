CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"body" text NOT NULL,
	"request_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_children" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"age" integer,
	"gender" text,
	"ethnicity" text,
	"disability" text,
	"category_of_support" text
);
--> statement-breakpoint
CREATE TABLE "complaint_stages" (
	"authority_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"procedure" text NOT NULL,
	"stage" integer NOT NULL,
	"began_on" date NOT NULL,
	"clock_started_on" date,
	"due_on" date,
	"extended" boolean DEFAULT false NOT NULL,
	"hold_working_days" integer DEFAULT 0 NOT NULL,
	"responded_on" date,
	"outcome" text,
	"withdrawn_on" date,
	"working_days_to_respond" integer,
	"working_days_late" integer,
	"panel_held_on" date,
	"panel_due_on" date,
	"recommendations_on" date,
	"recommendations_due_on" date,
	"council_response_due_on" date,
	CONSTRAINT "complaint_stages_complaint_id_stage_pk" PRIMARY KEY("complaint_id","stage")
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "request_id" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "subject" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "complainant_relationship" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "on_behalf_of" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "consent_recorded" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "service_area" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "principal_issue" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "other_issues" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "category_of_support" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "advocacy_offered" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "advocacy_accepted" boolean;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "triaged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "triage_reason" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "delay_reason" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "external_reference" text;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_staff_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_children" ADD CONSTRAINT "complaint_children_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_children" ADD CONSTRAINT "complaint_children_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_stages" ADD CONSTRAINT "complaint_stages_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_stages" ADD CONSTRAINT "complaint_stages_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_complaint_idx" ON "attachments" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "case_notes_complaint_idx" ON "case_notes" USING btree ("complaint_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_notes_request_idx" ON "case_notes" USING btree ("complaint_id","request_id") WHERE "case_notes"."request_id" is not null;--> statement-breakpoint
CREATE INDEX "complaint_children_complaint_idx" ON "complaint_children" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaint_stages_report_idx" ON "complaint_stages" USING btree ("authority_id","procedure","stage","began_on");--> statement-breakpoint
CREATE INDEX "complaint_stages_responded_idx" ON "complaint_stages" USING btree ("authority_id","responded_on");--> statement-breakpoint
CREATE UNIQUE INDEX "case_events_request_idx" ON "case_events" USING btree ("complaint_id","request_id") WHERE "case_events"."request_id" is not null;--> statement-breakpoint
CREATE INDEX "complaints_assignee_idx" ON "complaints" USING btree ("authority_id","assigned_staff_id","next_due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_external_reference_idx" ON "complaints" USING btree ("authority_id","external_reference") WHERE "complaints"."external_reference" is not null;