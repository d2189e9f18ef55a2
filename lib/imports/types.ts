/** The import model's types, for screens that show imports without touching the database. */
export type { ImportRow } from "@/lib/generated/prisma/client";
export type { ImportKind, ImportRowOutcome, ImportStatus } from "@/lib/generated/prisma/enums";
