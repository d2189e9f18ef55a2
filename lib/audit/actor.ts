/** Who performed a write: a signed-in user, an API key, a background job or the system. */
export type Actor =
  | { type: "USER"; id: string; label: string }
  | { type: "API_KEY"; id: string; label: string }
  | { type: "JOB"; id: string; label: string }
  | { type: "SYSTEM"; id?: undefined; label: string };

export const systemActor = (label = "Backroom"): Actor => ({ type: "SYSTEM", label });
