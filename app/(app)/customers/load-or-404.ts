import "server-only";
import { notFound } from "next/navigation";
import { UserError } from "@/lib/errors";

/** A lib lookup whose not_found becomes the 404 page, for another organisation's ids too. */
export async function loadOr404<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof UserError && error.code === "not_found") notFound();
    throw error;
  }
}
