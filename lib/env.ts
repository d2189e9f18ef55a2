import { z } from "zod";

/** Port the embedded PostgreSQL (PGlite) listens on when no DATABASE_URL is set. */
export const EMBEDDED_DB_PORT = 54329;
export const EMBEDDED_DB_URL = `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_DB_PORT}/postgres`;

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** A PostgreSQL server; when unset the embedded database started by the scripts is used. */
  DATABASE_URL: z.string().url().optional(),
  /** Connections in the pool; small by default because PGlite serves one query at a time. */
  DATABASE_POOL_MAX: z.coerce.number().int().positive().optional(),
  /** How long a request waits for a pooled connection before answering 503 (lib/db). */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  /** Public base URL used in links inside emails. */
  APP_URL: z.string().url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(16).optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  EMAIL_FROM: z.string().default("Backroom <no-reply@backroom.local>"),
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: z.string().min(1).optional(),
  /** Sign-in attempts allowed per email and per IP address in a 15-minute window. */
  AUTH_RATE_LIMIT_PER_EMAIL: z.coerce.number().int().positive().default(5),
  AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().positive().default(30),
  /**
   * Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto entries are believed: comma-separated
   * IP addresses or CIDR ranges, or "loopback" (127.0.0.0/8 and ::1). Empty: none, so the client's
   * address is the connection's own and a client-sent X-Forwarded-For changes nothing.
   */
  TRUSTED_PROXIES: z.string().default(""),
  /** `1` opens the development outbox to any signed-in user's own mail in `next dev`, not only on loopback. */
  DEV_OUTBOX: z.enum(["0", "1"]).optional(),
  /** Where shared Google Sheets are exported as CSV; tests point it at a local fake. */
  GOOGLE_SHEETS_BASE_URL: z.string().url().default("https://docs.google.com"),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = load();

export const databaseUrl = env.DATABASE_URL ?? EMBEDDED_DB_URL;
export const usesEmbeddedDb = !env.DATABASE_URL;
/** Emails go to the in-app outbox unless Resend is configured. */
export const mailMode: "resend" | "outbox" = env.RESEND_API_KEY ? "resend" : "outbox";
/** Jobs go to Inngest when its keys are configured, otherwise to the in-process runner. */
export const jobMode: "inngest" | "in-process" =
  env.INNGEST_EVENT_KEY && env.INNGEST_SIGNING_KEY ? "inngest" : "in-process";
