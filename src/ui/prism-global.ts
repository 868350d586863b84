import { Prism } from "prism-react-renderer";

/*
 * prismjs's language files are plain scripts that register on a global `Prism`. Pointing that
 * global at prism-react-renderer's own instance (its README's documented escape hatch) lets the
 * grammars it does not bundle (bash, hcl) register there. This module must be imported before
 * any `prismjs/components/*` file: ES modules evaluate their imports in order.
 */
(globalThis as { Prism?: typeof Prism }).Prism = Prism;
