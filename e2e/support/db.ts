import pg from "pg";

/**
 * Direct access to the e2e database (E2E_DATABASE_URL, set by e2e/global-setup.ts), for the few
 * things a browser cannot do, such as letting a token expire. Seed through the real UI otherwise.
 */
export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const connectionString = process.env.E2E_DATABASE_URL;
  if (!connectionString)
    throw new Error("E2E_DATABASE_URL is not set (e2e/global-setup.ts sets it)");
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Moves every pending Auth.js magic-link token of `email` into the past; returns how many. */
export async function expireMagicLinks(email: string): Promise<number> {
  return withDb(async (client) => {
    const result = await client.query(
      `UPDATE "VerificationToken" SET expires = now() - interval '1 minute' WHERE identifier = $1`,
      [email.toLowerCase()],
    );
    return result.rowCount ?? 0;
  });
}
