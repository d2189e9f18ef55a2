import "server-only";
import { Prisma, type Db } from "@/lib/db";
import { notFound, UserError } from "@/lib/errors";
import type { AnalyticsFilters } from "../types";

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Ten years of days: longer ranges are a mistake in the URL, not a question. */
const MAX_DAYS = 3_660;

function isRealDate(day: string) {
  if (!DAY_PATTERN.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** Refuses ranges the queries cannot answer, in words the person who typed them can act on. */
export function checkFilters(filters: AnalyticsFilters): void {
  const { from, to } = filters;
  if (!isRealDate(from) || !isRealDate(to)) {
    throw new UserError("Dates must be real calendar days written as YYYY-MM-DD.");
  }
  if (from > to) throw new UserError("The start date must be on or before the end date.");
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days > MAX_DAYS) throw new UserError("Choose a period of at most ten years.");
}

/** The organisation's timezone: every local day and hour is read in it. */
export async function orgTimezone(db: Db, orgId: string): Promise<string> {
  const org = await db.organization.findUnique({
    where: { id: orgId },
    select: { timezone: true },
  });
  if (!org) throw notFound("Organisation");
  return org.timezone;
}

/**
 * The UTC instant (as stored: timestamp without zone) at which a local day starts. Stored
 * times are UTC, so `placedAt >= localStart(from)` selects from local midnight onwards.
 */
export function localStart(day: Prisma.Sql | string, timezone: string): Prisma.Sql {
  const value = typeof day === "string" ? Prisma.sql`${day}::date` : day;
  return Prisma.sql`((${value}::timestamp AT TIME ZONE ${timezone}) AT TIME ZONE 'UTC')`;
}

/** A stored UTC timestamp read as local wall-clock time in the organisation's timezone. */
export function asLocal(column: Prisma.Sql, timezone: string): Prisma.Sql {
  return Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${timezone})`;
}

/** [start, end) instants of a filter's local days. */
export function rangeInstants(filters: AnalyticsFilters, timezone: string) {
  return {
    start: localStart(filters.from, timezone),
    end: localStart(Prisma.sql`(${filters.to}::date + 1)`, timezone),
  };
}

/**
 * FROM … WHERE over SalesHourly (alias h). It has no variant, so it cannot answer a category
 * filter: callers use rawLinesFrom for those (see needsRawOrders).
 */
export function hourlyFrom(orgId: string, filters: AnalyticsFilters): Prisma.Sql {
  const where = [
    Prisma.sql`h."orgId" = ${orgId}`,
    Prisma.sql`h."day" BETWEEN ${filters.from}::date AND ${filters.to}::date`,
  ];
  if (filters.locationId) where.push(Prisma.sql`h."locationId" = ${filters.locationId}`);
  if (filters.channel) where.push(Prisma.sql`h."channel" = ${filters.channel}::"SalesChannel"`);
  return Prisma.sql`FROM "SalesHourly" h WHERE ${Prisma.join(where, " AND ")}`;
}

/**
 * Order counts, and everything by hour, cannot come from SalesHourly under a category filter
 * (an order may hold lines of several categories): those read the raw order lines instead.
 */
export function needsRawOrders(filters: AnalyticsFilters): boolean {
  return Boolean(filters.categoryId);
}

/** Postgres sums arrive as bigint or numeric; the dashboards deal in plain numbers. */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return Number(value);
}
