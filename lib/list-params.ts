import { z } from "zod";
import { text } from "@/lib/validation/fields";

export const PAGE_SIZES = [25, 50, 100] as const;

/**
 * The URL state of a server-side table: page, page size, sort column and
 * direction, and a free-text query. Unknown or malformed values fall back to
 * defaults instead of failing, because URLs get hand-edited and shared.
 */
export function listParamsSchema<const S extends readonly [string, ...string[]]>(options: {
  sortable: S;
  defaultSort: S[number];
  defaultDir?: "asc" | "desc";
}) {
  return z.object({
    page: z.coerce.number().int().min(1).catch(1),
    pageSize: z.coerce
      .number()
      .int()
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
      .catch(PAGE_SIZES[0]),
    sort: z.enum(options.sortable).catch(options.defaultSort),
    dir: z.enum(["asc", "desc"]).catch(options.defaultDir ?? "asc"),
    q: text({ max: 200 }).catch("").default(""),
  });
}

export type ListParams<S extends string = string> = {
  page: number;
  pageSize: number;
  sort: S;
  dir: "asc" | "desc";
  q: string;
};

/** A page of rows with what the table needs to draw its pager. */
export type Page<T> = {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

export function toPage<T>(
  rows: T[],
  total: number,
  params: Pick<ListParams, "page" | "pageSize">,
): Page<T> {
  return {
    rows,
    total,
    page: params.page,
    pageSize: params.pageSize,
    pageCount: Math.max(1, Math.ceil(total / params.pageSize)),
  };
}

/** Prisma `skip`/`take` for a page. */
export function pageWindow(params: Pick<ListParams, "page" | "pageSize">) {
  return { skip: (params.page - 1) * params.pageSize, take: params.pageSize };
}

/** Rows a CSV export of "the current view" may hold; past this the export says so in its last line. */
export const EXPORT_LIMIT = 100_000;

/** Reads searchParams (a page's Promise or a Request URL) into a plain record. */
export function searchParamsRecord(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
) {
  if (input instanceof URLSearchParams) return Object.fromEntries(input);
  return Object.fromEntries(
    Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  ) as Record<string, string | undefined>;
}
