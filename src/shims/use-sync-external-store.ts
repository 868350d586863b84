// Stands in for "use-sync-external-store/shim" (see vite.config.ts): the shim only exists for
// React < 18, and React 19 has the hook. "with-selector", which the router uses, requires this.
export { useSyncExternalStore } from "react";
