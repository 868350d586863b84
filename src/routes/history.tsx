import { createFileRoute } from "@tanstack/react-router";
import { HistoryScreen } from "../features/history/history-screen.tsx";

export const Route = createFileRoute("/history")({
  component: HistoryScreen,
});
