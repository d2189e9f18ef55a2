import { Prisma } from "@/lib/generated/prisma/client";

/** A unique index refused the write (two saves raced past the friendly pre-check). */
export function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Escapes % and _ so user text matches literally inside ILIKE patterns. */
export function likePattern(q: string) {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
