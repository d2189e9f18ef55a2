import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentSession } from "@/lib/auth/current-user";
import { describeDevice } from "@/lib/auth/sessions/device";
import { listSessions } from "@/lib/auth/sessions/manage";
import { SessionsList, type SessionView } from "./sessions-list";

/** Account settings: every browser signed in to this account, and the ways to end them. */
export async function SessionsCard() {
  const current = await getCurrentSession();
  if (!current) return null;
  const sessions = await listSessions(current.user.id, current.session.sessionToken);
  const views: SessionView[] = sessions.map((s) => ({
    id: s.id,
    device: describeDevice(s.userAgent),
    place: s.ip,
    current: s.current,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
  }));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Where you&apos;re signed in</CardTitle>
        <CardDescription>
          Sign out any browser you don&apos;t recognise, then change your password.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <SessionsList sessions={views} />
      </CardContent>
    </Card>
  );
}
