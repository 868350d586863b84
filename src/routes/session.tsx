import { createFileRoute } from "@tanstack/react-router";
import { SessionScreen } from "../features/session/session-screen.tsx";

export const Route = createFileRoute("/session")({
  component: SessionScreen,
});
