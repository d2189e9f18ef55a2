import type { Random } from "@/prisma/demo/random";
import { benchId } from "./catalog";

const FIRST = [
  "Amelia",
  "Oliver",
  "Isla",
  "George",
  "Ava",
  "Noah",
  "Mia",
  "Arthur",
  "Freya",
  "Leo",
  "Grace",
  "Harry",
  "Lily",
  "Oscar",
  "Sofia",
  "Jack",
  "Evie",
  "Theo",
  "Ella",
  "Finn",
];
const LAST = [
  "Smith",
  "Jones",
  "Taylor",
  "Brown",
  "Williams",
  "Wilson",
  "Johnson",
  "Davies",
  "Patel",
  "Wright",
  "Walker",
  "Evans",
  "Thomas",
  "Roberts",
  "Khan",
  "Clarke",
  "Hughes",
  "Lewis",
];

export type BenchCustomer = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  marketingConsent: boolean;
  createdAt: Date;
};

/** The n-th customer (1-based); the number keeps emails unique at any count. */
export function buildCustomer(random: Random, n: number, historyStart: Date): BenchCustomer {
  const firstName = random.pick(FIRST);
  const lastName = random.pick(LAST);
  const joinedDaysBefore = random.int(0, 400);
  return {
    id: benchId("cus", n),
    email: `${firstName}.${lastName}.${n}@example.com`.toLowerCase(),
    firstName,
    lastName,
    marketingConsent: random.chance(0.4),
    createdAt: new Date(historyStart.getTime() - joinedDaysBefore * 86_400_000),
  };
}
