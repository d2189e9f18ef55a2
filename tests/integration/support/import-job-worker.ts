// A stand-in for an app process: runs the import jobs of the test database until it is killed.
// tests/integration/job-leases.test.ts starts it with `node --import tsx` and kills it with
// SIGKILL mid-check and mid-save, the way a crash or `kill -9` of the server would.
// The registry first: it is where the job modules' import circle is entered safely.
import { createJobRegistry, jobRegistry } from "@/lib/jobs/registry";
import { runPendingJobs } from "@/lib/jobs/runner";

const registry = createJobRegistry(
  ["import-validate", "import-commit"].map((id) => jobRegistry.get(id)!),
);
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

process.stdout.write("ready\n");
for (;;) {
  await runPendingJobs({ registry, logger: quiet });
  await new Promise((resolve) => setTimeout(resolve, 50));
}
