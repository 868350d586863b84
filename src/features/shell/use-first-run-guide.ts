import { useSyncExternalStore } from "react";
import { firstRunVersion, isFirstRunGuideOpen, subscribeFirstRun } from "./first-run.ts";

/** Whether the first-run guide shows; follows dismissals and reopenings. */
export function useFirstRunGuideOpen(): boolean {
  return useSyncExternalStore(subscribeFirstRun, isFirstRunGuideOpen, () => false);
}

/** Changes each time the guide is dismissed or reopened (a reopening may ask the guide for focus). */
export function useFirstRunVersion(): number {
  return useSyncExternalStore(subscribeFirstRun, firstRunVersion, () => 0);
}
