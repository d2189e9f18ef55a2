type Named = {
  firstName: string;
  lastName: string;
  company?: string | null;
  email?: string | null;
};

/** What to call a customer: their name, else their company, else their email. */
export function customerDisplayName(c: Named) {
  const name = `${c.firstName} ${c.lastName}`.trim();
  return name || c.company || c.email || "Unnamed customer";
}
