/** The demo sign-ins, shared by the seed, the start script's banner and the tests. */
export const DEMO_ORG_NAME = "Northwind Outfitters";
export const DEMO_SECOND_ORG_NAME = "Northwind Pop-up";

export const DEMO_ACCOUNTS = {
  owner: { email: "owner@demo.backroom.test", name: "Olivia Owner", password: "backroom-demo" },
  manager: { email: "manager@demo.backroom.test", name: "Max Manager", password: "backroom-demo" },
} as const;
