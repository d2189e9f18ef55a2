import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names. There is no tailwind-merge: a `className` passed to a primitive is appended,
 * so use it for layout (width, margin, grid placement) rather than to fight a variant's colours.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
