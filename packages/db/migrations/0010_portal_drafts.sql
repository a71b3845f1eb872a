CREATE TABLE "portal_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"lookup_hash" text NOT NULL,
	"journey" text NOT NULL,
	"salt" "bytea" NOT NULL,
	"iv" "bytea" NOT NULL,
	"ciphertext" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portal_drafts" ADD CONSTRAINT "portal_drafts_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "portal_drafts_lookup_idx" ON "portal_drafts" USING btree ("lookup_hash");--> statement-breakpoint
CREATE INDEX "portal_drafts_expiry_idx" ON "portal_drafts" USING btree ("expires_at");