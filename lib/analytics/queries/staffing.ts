import "server-only";
import { Prisma } from "@/lib/db";
import type { ReadScope } from "@/lib/scope";
import type { AnalyticsFilters, StaffingPoint } from "../types";
import { salesByWeekdayHour } from "./hourly-sales";
import { asLocal, checkFilters, num, orgTimezone, rangeInstants } from "./filter-sql";

/** A Monday midnight: shift patterns are laid out in its week. */
const WEEK_ZERO = Prisma.sql`'2001-01-01'::timestamp`;

/**
 * Labour hours against revenue per local ISO weekday and hour (168 points, Monday 00:00
 * first). Shifts are cut at the period's local midnights and split across the clock hours they
 * cover, a partial hour counting pro rata (09:30–11:15 gives 0.5 + 1 + 0.25). Hours are read on
 * the local wall clock, so a shift spanning a DST change counts its wall-clock length.
 * Location filters both sides; channel and category only narrow revenue (shifts have neither).
 *
 * Rotas repeat: a year holds thousands of shifts but a few dozen distinct (start within its
 * week, wall-clock length) patterns, and a shift's weekday-hour split depends only on those.
 * So shifts are counted per pattern and each pattern is split once, in one reference week.
 */
export async function getStaffing(
  scope: ReadScope,
  filters: AnalyticsFilters,
): Promise<StaffingPoint[]> {
  checkFilters(filters);
  const { db, orgId } = scope;
  const timezone = await orgTimezone(db, orgId);
  const { start, end } = rangeInstants(filters, timezone);
  const shiftWhere = [
    Prisma.sql`s."orgId" = ${orgId}`,
    Prisma.sql`s."startAt" < ${end} AND s."endAt" > ${start}`,
  ];
  if (filters.locationId) shiftWhere.push(Prisma.sql`s."locationId" = ${filters.locationId}`);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH shifts AS (
      SELECT greatest(${asLocal(Prisma.sql`s."startAt"`, timezone)}, ${filters.from}::date::timestamp) AS "a",
             least(${asLocal(Prisma.sql`s."endAt"`, timezone)}, (${filters.to}::date + 1)::timestamp) AS "b"
      FROM "StaffShift" s
      WHERE ${Prisma.join(shiftWhere, " AND ")}
    ),
    patterns AS (
      SELECT shifts."a" - date_trunc('week', shifts."a") AS "offset",
             shifts."b" - shifts."a" AS "length", count(*) AS "n"
      FROM shifts
      WHERE shifts."b" > shifts."a"
      GROUP BY 1, 2
    ),
    labour AS (
      SELECT date_part('isodow', g)::int AS "weekday", date_part('hour', g)::int AS "hour",
             sum(p."n" * date_part('epoch', least(p."b", g + interval '1 hour') - greatest(p."a", g)))
               / 3600 AS "hours"
      FROM (
        SELECT ${WEEK_ZERO} + "offset" AS "a", ${WEEK_ZERO} + "offset" + "length" AS "b", "n"
        FROM patterns
      ) p,
      generate_series(date_trunc('hour', p."a"), p."b" - interval '1 microsecond', interval '1 hour') g
      GROUP BY 1, 2
    ),
    sales AS (${salesByWeekdayHour(orgId, timezone, filters)})
    SELECT w AS "weekday", hr AS "hour",
           coalesce(labour."hours", 0)::float8 AS "hours",
           coalesce(sales."revenue", 0)::int8 AS "revenue"
    FROM generate_series(1, 7) w
    CROSS JOIN generate_series(0, 23) hr
    LEFT JOIN labour ON labour."weekday" = w AND labour."hour" = hr
    LEFT JOIN sales ON sales."weekday" = w AND sales."hour" = hr
    ORDER BY w, hr`;
  return rows.map((r) => {
    const labourHours = Math.round(num(r.hours) * 100) / 100;
    const revenueMinor = num(r.revenue);
    return {
      weekday: num(r.weekday),
      hour: num(r.hour),
      labourHours,
      revenueMinor,
      revenuePerLabourHourMinor: labourHours > 0 ? Math.round(revenueMinor / num(r.hours)) : null,
    };
  });
}
