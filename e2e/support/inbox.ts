import { listEmails, type ReceivedEmail } from "./mail";

/**
 * An inbox that only reports emails arriving after it was opened, for tests that ask for the same
 * kind of email twice (two sign-in links to one address): `waitForEmail` would return the first.
 *
 *   const inbox = await openInbox(email);
 *   await requestLink();
 *   const mail = await inbox.next(/sign-in link/i);
 */
export async function openInbox(to: string) {
  const seen = new Set((await listEmails(to)).map(key));
  return {
    async next(subject: RegExp, { timeout = 15_000, interval = 250 } = {}): Promise<ReceivedEmail> {
      const deadline = Date.now() + timeout;
      for (;;) {
        const fresh = (await listEmails(to)).filter(
          (e) => !seen.has(key(e)) && subject.test(e.subject),
        );
        const mail = fresh.at(-1);
        if (mail) {
          seen.add(key(mail));
          return mail;
        }
        if (Date.now() >= deadline) {
          throw new Error(
            `no new email to ${to} with subject ${String(subject)} within ${timeout} ms`,
          );
        }
        await new Promise((r) => setTimeout(r, interval));
      }
    },
  };
}

function key(e: ReceivedEmail) {
  return e.id ?? `${e.createdAt}|${e.subject}|${e.text.length}`;
}

/** The first link in `mail` whose URL matches `pattern`, with a readable failure. */
export function linkIn(mail: ReceivedEmail, pattern: RegExp): string {
  const link = mail.links.find((l) => pattern.test(l));
  if (!link) {
    throw new Error(
      `no link matching ${String(pattern)} in "${mail.subject}": ${mail.links.join(", ") || "none"}`,
    );
  }
  return link;
}
