import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { auth } from "./auth";

/** The signed-in user, re-read from the database once per request; null when signed out. */
export const getCurrentUser = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, emailVerified: true },
  });
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
