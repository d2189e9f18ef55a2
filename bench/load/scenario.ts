/**
 * The mix a small shop makes on a busy day, for a bounded time: people browsing pages, editing
 * (server actions), uploading, checking and saving small imports; one large import checked and
 * saved while they work; a flood of sign-up requests while real sign-ins are measured; and a
 * health check twice a second throughout.
 */
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { Person, Recorder } from "./client";

export type ScenarioOptions = {
  base: string;
  actions: Map<string, string>;
  users: number;
  durationMs: number;
  largeRows: number;
  signUpFlood: number;
};

export type ScenarioResult = {
  recorder: Recorder;
  durationMs: number;
  /** Health checks answered while the large import was saving (COMMITTING). */
  healthDuringCommit: number[];
  large: { rows: number; checkMs: number | null; saveMs: number | null; status: string };
};

const PAGES = ["/", "/products", "/inventory", "/customers", "/orders", "/reports", "/imports"];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;

function customersCsv(rows: number, tag: string) {
  const lines = ["Email,First name,Last name"];
  for (let i = 0; i < rows; i++) lines.push(`${tag}-${i}@load.backroom.test,Load,Customer ${i}`);
  return lines.join("\n");
}

const MAPPING = { email: "Email", first_name: "First name", last_name: "Last name" };

/** Uploads, checks and saves an import through the routes and actions the pages use. */
async function importFile(
  person: Person,
  csv: string,
  name: string,
  onStatus: (status: string) => void = () => {},
  deadline = Date.now() + 10 * 60_000,
) {
  const upload = await person.request(
    "import-upload",
    `/api/imports?kind=customers&name=${encodeURIComponent(name)}`,
    { method: "POST", body: csv, headers: { "content-type": "text/csv" } },
  );
  if (upload.status !== 201) return "upload-failed";
  const { id } = JSON.parse(upload.text) as { id: string };
  const page = `/imports/${id}`;
  const waitFor = async (wanted: string[]) => {
    for (;;) {
      const { status, text } = await person.request("import-poll", `/api/imports/${id}`);
      const current = status === 200 ? (JSON.parse(text) as { status: string }).status : "";
      onStatus(current);
      if (wanted.includes(current) || ["FAILED", "CANCELLED"].includes(current)) return current;
      if (Date.now() > deadline) return "timed-out";
      await sleep(500);
    }
  };
  await person.action("import-check", page, "startValidationAction", {
    runId: id,
    mapping: MAPPING,
  });
  const checked = await waitFor(["VALIDATED"]);
  if (checked !== "VALIDATED") return checked;
  await person.action("import-save", page, "commitImportAction", { runId: id });
  return waitFor(["COMPLETED"]);
}

export async function runScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const recorder = new Recorder();
  const { base, actions } = options;
  const people: Person[] = [];
  const accounts = [DEMO_ACCOUNTS.owner, DEMO_ACCOUNTS.manager];
  for (let i = 0; i < options.users; i++) {
    const person = new Person(base, recorder, actions);
    const account = accounts[i % accounts.length]!;
    if (!(await person.signIn(account.email, account.password))) {
      throw new Error(`Could not sign in as ${account.email}`);
    }
    people.push(person);
  }

  const started = performance.now();
  const stopAt = Date.now() + options.durationMs;
  const running = () => Date.now() < stopAt;
  const healthDuringCommit: number[] = [];
  let largeStatus = "";
  const large = {
    rows: options.largeRows,
    checkMs: null as number | null,
    saveMs: null as number | null,
    status: "",
  };

  // One person starts the large import at once; it may outlast the mix, which is then awaited.
  const largeImport = (async () => {
    const t0 = performance.now();
    let savingFrom = 0;
    large.status = await importFile(
      people[0]!,
      customersCsv(options.largeRows, `large-${Date.now()}`),
      "large.csv",
      (status) => {
        if (status === "COMMITTING" && !savingFrom) {
          savingFrom = performance.now();
          large.checkMs = savingFrom - t0;
        }
        largeStatus = status;
      },
      Date.now() + 15 * 60_000,
    );
    if (savingFrom) large.saveMs = performance.now() - savingFrom;
    largeStatus = large.status;
  })();

  const health = (async () => {
    const probe = new Person(base, recorder, actions);
    while (running() || largeStatus === "COMMITTING" || largeStatus === "VALIDATING") {
      const saving = largeStatus === "COMMITTING";
      const t = performance.now();
      await probe.request(saving ? "health (large save)" : "health", "/api/health");
      if (saving) healthDuringCommit.push(performance.now() - t);
      await sleep(500);
    }
  })();

  // Everyone else works: mostly pages, some edits and small imports.
  const workers = people.slice(1).map(async (person, index) => {
    let n = 0;
    while (running()) {
      const roll = Math.random();
      if (roll < 0.7) {
        await person.request("page", pick(PAGES));
      } else if (roll < 0.85) {
        await person.action("edit (create customer)", "/customers", "createCustomerAction", {
          firstName: "Walk",
          lastName: `In ${index}-${n++}`,
          email: `walkin-${index}-${Date.now()}-${n}@load.backroom.test`,
        });
      } else {
        await importFile(person, customersCsv(20, `small-${index}-${Date.now()}`), "small.csv");
      }
      await sleep(200 + Math.random() * 800);
    }
  });

  // A flood of sign-ups (each hashes a password if the server lets it) while sign-ins are measured.
  const flood = (async () => {
    await sleep(options.durationMs / 4);
    const until = Date.now() + options.durationMs / 3;
    const stranger = new Person(base, recorder, actions);
    const floods = Array.from({ length: options.signUpFlood }, async (_, i) => {
      let n = 0;
      while (Date.now() < until) {
        await stranger.action(
          "sign-up (flood)",
          "/sign-up",
          "signUpAction",
          {
            name: "Flood",
            organizationName: "Flood shop",
            email: `flood-${i}-${n++}-${Date.now()}@load.backroom.test`,
            password: "flood-password-long-enough",
          },
          // Refused by a rate limit is the server defending itself, not a failure; a server
          // error inside a 200 is one.
          (text) => !text.includes('"code":"internal"'),
        );
      }
    });
    const signIns = (async () => {
      while (Date.now() < until) {
        const person = new Person(base, recorder, actions);
        await person.signIn(
          DEMO_ACCOUNTS.manager.email,
          DEMO_ACCOUNTS.manager.password,
          "sign-in (during flood)",
        );
        await sleep(1_000);
      }
    })();
    await Promise.all([...floods, signIns]);
  })();

  await Promise.all([...workers, flood]);
  const durationMs = performance.now() - started;
  await largeImport;
  await health;
  if (large.status !== "COMPLETED") {
    recorder.record("large import", 0, false, 0, `ended ${large.status}`);
  }
  return { recorder, durationMs, healthDuringCommit, large };
}
