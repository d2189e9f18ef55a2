import { z } from "zod";
import type { ImportContext, ImportKindDefinition } from "@/lib/imports/kinds/types";

/**
 * A small customers-like kind for the engine's tests, so they exercise parsing, staging,
 * classify and commit without depending on any real kind's rules. Classify and commit are set
 * based (one statement each), like the real kinds, and write real Customer rows.
 */
export type TestCustomerRow = { email: string; firstName: string; lastName: string };

export type TestKindHooks = {
  /** Called for every row the schema reads (row order), e.g. to cancel mid-run. */
  onRow?: (row: TestCustomerRow) => void;
  /** Runs inside the commit transaction after the customers were written. */
  afterWrite?: (ctx: ImportContext) => Promise<void>;
};

const rowSchema = z
  .object({
    email: z
      .string()
      .min(1, "Enter an email address.")
      .pipe(z.email("Enter a valid email address."))
      .transform((email) => email.toLowerCase()),
    first_name: z.string().max(50, "Keep first names to 50 characters."),
    last_name: z.string(),
  })
  .transform((r) => ({ email: r.email, firstName: r.first_name, lastName: r.last_name }));

export function testCustomerKind(hooks: TestKindHooks = {}): ImportKindDefinition<TestCustomerRow> {
  const schema = hooks.onRow
    ? rowSchema.transform((row) => {
        hooks.onRow!(row);
        return row;
      })
    : rowSchema;
  return {
    kind: "CUSTOMERS",
    label: "Test customers",
    description: "Customers by email, for engine tests.",
    fields: [
      {
        key: "email",
        label: "Email",
        required: true,
        aliases: ["email", "e-mail", "mail"],
        description: "",
        example: "ada@example.com",
      },
      {
        key: "first_name",
        label: "First name",
        required: false,
        aliases: ["first name", "given name"],
        description: "",
        example: "Ada",
      },
      {
        key: "last_name",
        label: "Last name",
        required: false,
        aliases: ["last name", "surname"],
        description: "",
        example: "Lovelace",
      },
    ],
    rowSchema: () => schema as unknown as z.ZodType<TestCustomerRow, Record<string, string>>,
    naturalKey: (row) => row.email,
    templateRows: [["ada@example.com", "Ada", "Lovelace"]],

    // Addresses at blocked.test are refused here, as a real kind refuses an unknown SKU.
    async classify(ctx) {
      await ctx.db.$executeRaw`
        UPDATE "ImportRow" AS r
        SET "outcome" = (CASE
              WHEN r."data"->>'email' LIKE '%@blocked.test' THEN 'INVALID'
              WHEN c."id" IS NULL THEN 'CREATED'
              WHEN c."firstName" = r."data"->>'firstName' AND c."lastName" = r."data"->>'lastName'
                THEN 'UNCHANGED'
              ELSE 'UPDATED' END)::"ImportRowOutcome",
            "errors" = CASE WHEN r."data"->>'email' LIKE '%@blocked.test'
              THEN jsonb_build_array(jsonb_build_object(
                'column', 'Email', 'value', r."data"->>'email', 'message', 'This domain is blocked.'))
              END
        FROM "ImportRow" AS s
        LEFT JOIN "Customer" AS c ON c."orgId" = s."orgId" AND c."email" = s."data"->>'email'
        WHERE s."importRunId" = r."importRunId" AND s."rowNumber" = r."rowNumber"
          AND r."importRunId" = ${ctx.runId} AND r."orgId" = ${ctx.orgId}
          AND r."data" IS NOT NULL AND r."outcome" IS NULL`;
    },

    async commit(ctx) {
      await ctx.db.$executeRaw`
        INSERT INTO "Customer" ("id", "orgId", "email", "firstName", "lastName", "updatedAt")
        SELECT gen_random_uuid()::text, r."orgId", r."data"->>'email', r."data"->>'firstName',
               r."data"->>'lastName', now()
        FROM "ImportRow" AS r
        WHERE r."importRunId" = ${ctx.runId} AND r."orgId" = ${ctx.orgId}
          AND r."outcome" IN ('CREATED', 'UPDATED')
        ON CONFLICT ("orgId", "email") DO UPDATE
        SET "firstName" = EXCLUDED."firstName", "lastName" = EXCLUDED."lastName", "updatedAt" = now()`;
      await hooks.afterWrite?.(ctx);
    },
  };
}
