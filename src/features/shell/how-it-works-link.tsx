import type { MouseEvent } from "react";
import { useLinkProps, useLocation } from "@tanstack/react-router";
import { reopenFirstRunGuide } from "../../store/first-run-store.ts";

/**
 * The footer's "How Rehearse works": brings the first-run guide back on the setup page. On the
 * setup page itself it does not navigate, so the form's settings in the link are kept.
 */
export function HowItWorksLink() {
  const onSetup = useLocation({ select: (location) => location.pathname === "/" });
  const reopen = (event: MouseEvent<HTMLAnchorElement>) => {
    if (onSetup) event.preventDefault();
    reopenFirstRunGuide();
  };
  // The router's link props (href with the base path, client-side navigation) without the
  // "current page" marks: on setup this link opens a guide, it is not the page itself.
  const { "aria-current": _current, "data-status": _status, ...linkProps } = useLinkProps({ to: "/", onClick: reopen }) as ReturnType<
    typeof useLinkProps
  > & { "data-status"?: string };
  return <a {...linkProps}>How Rehearse works</a>;
}
