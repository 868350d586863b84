import { Prism } from "prism-react-renderer";
import "./prism-global.ts";
import "prismjs/components/prism-bash.js";
import "prismjs/components/prism-hcl.js";

/**
 * prism-react-renderer's Prism with bash and hcl added. json, python, yaml and sql are already
 * in its bundled set.
 */
export const prism = Prism;

/** Fence names people write, mapped to the grammar that highlights them. */
const aliases: Readonly<Record<string, string>> = {
  sh: "bash",
  shell: "bash",
  zsh: "bash",
  console: "bash",
  terraform: "hcl",
  tf: "hcl",
  yml: "yaml",
  py: "python",
  js: "javascript",
  ts: "typescript",
  jsonc: "json",
  postgresql: "sql",
  mysql: "sql",
};

/** The grammar name for a fence's info string, or undefined when Prism cannot highlight it. */
export function resolveLanguage(fenceLanguage: string | undefined): string | undefined {
  if (!fenceLanguage) return undefined;
  const name = fenceLanguage.toLowerCase();
  const resolved = aliases[name] ?? name;
  // `languages` also holds helpers (extend, insertBefore…): only objects are grammars.
  const grammar: unknown = Object.hasOwn(prism.languages, resolved) ? prism.languages[resolved] : undefined;
  return typeof grammar === "object" && grammar !== null ? resolved : undefined;
}
