// An accessible menu button (WAI-ARIA APG): the root and trigger, the positioned
// menu, and its items live in ./dropdown-menu/; this module is their one import path.
export * from "./dropdown-menu/root";
export * from "./dropdown-menu/content";
export * from "./dropdown-menu/items";
