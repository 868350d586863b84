import type { MouseEvent } from "react";
import { Link, Outlet } from "@tanstack/react-router";
import { AppNotices } from "./app-notices.tsx";
import { UpdatePrompt } from "./update-prompt.tsx";
// Applies the saved theme as this module loads, before React renders: no flash of the other theme.
import "./theme.ts";
import { HowItWorksLink } from "./how-it-works-link.tsx";
import { ThemeToggle } from "./theme-toggle.tsx";
import "./app-shell.css";

/** Moves focus to the main region itself, rather than letting the router see a hash change. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById("main");
  if (!main) return;
  event.preventDefault();
  main.focus();
}

/** The frame around every screen: skip link, header with the main navigation and the theme, footer. */
export function AppShell() {
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            Rehearse
          </Link>
          <div className="site-header__end">
            <nav aria-label="Main">
              <ul className="nav-list">
                <li>
                  <Link to="/" className="nav-link" activeOptions={{ exact: true, includeSearch: false }}>
                    Practice
                  </Link>
                </li>
                <li>
                  <Link to="/history" className="nav-link">
                    History
                  </Link>
                </li>
                <li>
                  <Link to="/decks" className="nav-link">
                    Decks
                  </Link>
                </li>
              </ul>
            </nav>
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <UpdatePrompt />
        {/* In the first paint (its store is small): a notice must not push the screen down after it. */}
        <AppNotices />
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>Rehearse runs entirely in your browser: your answers, notes and scores stay on this device.</p>
          <HowItWorksLink />
        </div>
      </footer>
    </>
  );
}
