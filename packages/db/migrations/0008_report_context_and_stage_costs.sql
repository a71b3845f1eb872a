CREATE TABLE "report_context_figures" (
	"authority_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"contacts" integer,
	"referrals" integer,
	"assessments" integer,
	"section47_enquiries" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "report_context_figures_authority_id_year_pk" PRIMARY KEY("authority_id","year")
);
--> statement-breakpoint
ALTER TABLE "complaint_stages" ADD COLUMN "delay_reason" text;--> statement-breakpoint
ALTER TABLE "complaint_stages" ADD COLUMN "independent_person_fee_pence" integer;--> statement-breakpoint
ALTER TABLE "complaint_stages" ADD COLUMN "investigator_fee_pence" integer;--> statement-breakpoint
ALTER TABLE "report_context_figures" ADD CONSTRAINT "report_context_figures_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_context_figures" ADD CONSTRAINT "report_context_figures_updated_by_staff_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;