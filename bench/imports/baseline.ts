import { spawn } from "node:child_process";
import type pg from "pg";
import { SALES_CSV_COLUMNS } from "./sales-csv";

const TABLE = "bench_sales_plain";

/**
 * The floor for loading a CSV into PostgreSQL: psql's \copy into a plain table with the same
 * columns (no constraints, no indexes, no validation). Returns milliseconds, psql start-up
 * included as a person running it would see it.
 */
export async function timePlainCopy(client: pg.Client, url: string, file: string): Promise<number> {
  await client.query(`DROP TABLE IF EXISTS ${TABLE}`);
  await client.query(
    `CREATE TABLE ${TABLE} (order_ref text, occurred_at text, sku text, quantity int,
       unit_price numeric, discount numeric, location text, channel text, customer_email text)`,
  );
  const command = `\\copy ${TABLE} (${SALES_CSV_COLUMNS.join(", ")}) from '${file.replaceAll("'", "''")}' with (format csv, header true)`;
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const psql = spawn("psql", [url, "-v", "ON_ERROR_STOP=1", "-q", "-c", command], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    psql.stderr.on("data", (chunk) => (stderr += chunk));
    psql.on("error", reject);
    psql.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`psql \\copy failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
  const ms = performance.now() - started;
  await client.query(`DROP TABLE ${TABLE}`);
  return ms;
}
