CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"received_via" text NOT NULL,
	"from_type" text NOT NULL,
	"from_name" text,
	"summary" text NOT NULL,
	"team" text,
	"responsible_staff_id" uuid NOT NULL,
	"acknowledged_on" date,
	"forwarded_on" date,
	"forwarded_to" text,
	"answered_on" date,
	"answer_summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compliments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"from_type" text NOT NULL,
	"teams" text[] DEFAULT '{}'::text[] NOT NULL,
	"team_hint" text,
	"words" text NOT NULL,
	"source" text NOT NULL,
	"idempotency_key" text,
	"logged_by" uuid,
	"marked_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"approved_words" text,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"received_on" date NOT NULL,
	"received_via" text NOT NULL,
	"from_name" text,
	"member_role" text,
	"on_behalf_of" text,
	"summary" text NOT NULL,
	"team" text,
	"responsible_staff_id" uuid NOT NULL,
	"answered_on" date,
	"answer_summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"complaint_id" uuid,
	"ombudsman_case_id" uuid,
	"issue" text NOT NULL,
	"lesson" text NOT NULL,
	"action" text NOT NULL,
	"owning_team" text NOT NULL,
	"responsible_staff_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"done_on" date,
	"cancelled_on" date,
	"cancelled_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ombudsman_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"lgsco_reference" text,
	"complaint_id" uuid,
	"received_on" date NOT NULL,
	"area" text NOT NULL,
	"summary" text NOT NULL,
	"responsible_staff_id" uuid NOT NULL,
	"decision" text,
	"closed_reason" text,
	"decided_on" date,
	"publication" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ombudsman_enquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"summary" text NOT NULL,
	"answered_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ombudsman_remedies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"amount_pence" integer,
	"due_on" date NOT NULL,
	"complied_on" date,
	"evidence" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid,
	"dedupe_key" text NOT NULL,
	"kind" text NOT NULL,
	"recipient_staff_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_attempt_at" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "record_requests" (
	"authority_id" uuid NOT NULL,
	"request_id" text NOT NULL,
	"action" text NOT NULL,
	"record_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_requests_authority_id_request_id_pk" PRIMARY KEY("authority_id","request_id")
);
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_responsible_staff_id_staff_users_id_fk" FOREIGN KEY ("responsible_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliments" ADD CONSTRAINT "compliments_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliments" ADD CONSTRAINT "compliments_logged_by_staff_users_id_fk" FOREIGN KEY ("logged_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliments" ADD CONSTRAINT "compliments_approved_by_staff_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_responsible_staff_id_staff_users_id_fk" FOREIGN KEY ("responsible_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_actions" ADD CONSTRAINT "learning_actions_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_actions" ADD CONSTRAINT "learning_actions_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_actions" ADD CONSTRAINT "learning_actions_ombudsman_case_id_ombudsman_cases_id_fk" FOREIGN KEY ("ombudsman_case_id") REFERENCES "public"."ombudsman_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_actions" ADD CONSTRAINT "learning_actions_responsible_staff_id_staff_users_id_fk" FOREIGN KEY ("responsible_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ombudsman_cases" ADD CONSTRAINT "ombudsman_cases_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ombudsman_cases" ADD CONSTRAINT "ombudsman_cases_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ombudsman_cases" ADD CONSTRAINT "ombudsman_cases_responsible_staff_id_staff_users_id_fk" FOREIGN KEY ("responsible_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ombudsman_enquiries" ADD CONSTRAINT "ombudsman_enquiries_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ombudsman_enquiries" ADD CONSTRAINT "ombudsman_enquiries_case_id_ombudsman_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."ombudsman_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ombudsman_remedies" ADD CONSTRAINT "ombudsman_remedies_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ombudsman_remedies" ADD CONSTRAINT "ombudsman_remedies_case_id_ombudsman_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."ombudsman_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_recipient_staff_id_staff_users_id_fk" FOREIGN KEY ("recipient_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_requests" ADD CONSTRAINT "record_requests_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_list_idx" ON "comments" USING btree ("authority_id","received_on");--> statement-breakpoint
CREATE INDEX "comments_open_idx" ON "comments" USING btree ("authority_id","received_on") WHERE "comments"."answered_on" is null;--> statement-breakpoint
CREATE INDEX "compliments_list_idx" ON "compliments" USING btree ("authority_id","received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "compliments_idempotency_idx" ON "compliments" USING btree ("authority_id","idempotency_key") WHERE "compliments"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "enquiries_list_idx" ON "enquiries" USING btree ("authority_id","kind","received_on");--> statement-breakpoint
CREATE INDEX "enquiries_open_idx" ON "enquiries" USING btree ("authority_id","received_on") WHERE "enquiries"."answered_on" is null;--> statement-breakpoint
CREATE INDEX "learning_actions_list_idx" ON "learning_actions" USING btree ("authority_id","status","due_on");--> statement-breakpoint
CREATE INDEX "learning_actions_themes_idx" ON "learning_actions" USING btree ("authority_id","issue","owning_team");--> statement-breakpoint
CREATE INDEX "ombudsman_cases_list_idx" ON "ombudsman_cases" USING btree ("authority_id","received_on");--> statement-breakpoint
CREATE INDEX "ombudsman_cases_complaint_idx" ON "ombudsman_cases" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "ombudsman_enquiries_case_idx" ON "ombudsman_enquiries" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "ombudsman_enquiries_open_idx" ON "ombudsman_enquiries" USING btree ("authority_id","due_on") WHERE "ombudsman_enquiries"."answered_on" is null;--> statement-breakpoint
CREATE INDEX "ombudsman_remedies_case_idx" ON "ombudsman_remedies" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "ombudsman_remedies_open_idx" ON "ombudsman_remedies" USING btree ("authority_id","due_on") WHERE "ombudsman_remedies"."complied_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_messages_dedupe_idx" ON "outbox_messages" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "outbox_messages_due_idx" ON "outbox_messages" USING btree ("next_attempt_at") WHERE "outbox_messages"."sent_at" is null;