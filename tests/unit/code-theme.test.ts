import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { themes, type PrismTheme } from "prism-react-renderer";
import { codeTheme } from "../../src/ui/code-theme.ts";

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`expected a #rrggbb colour, got ${hex}`);
  const n = Number.parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG 2.x relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A token drawn with `opacity` is its colour blended over the background. */
function blend(fg: Rgb, bg: Rgb, opacity: number): Rgb {
  return fg.map((c, i) => Math.round(c * opacity + (bg[i] ?? 0) * (1 - opacity))) as Rgb;
}

/** Every token style's effective colour against the block's background, with its contrast ratio. */
function tokenContrasts(theme: PrismTheme): { types: string; ratio: number }[] {
  const background = theme.plain.backgroundColor ?? theme.plain.background;
  const plainColor = theme.plain.color;
  if (!background || !plainColor) throw new Error("theme must set plain colour and background");
  const bg = parseHex(background);
  const rows = [{ types: "plain", ratio: contrastRatio(parseHex(plainColor), bg) }];
  for (const { types, style } of theme.styles) {
    const ownBg = style.backgroundColor ?? style.background;
    const tokenBg = ownBg ? parseHex(ownBg) : bg;
    const fg = blend(parseHex(style.color ?? plainColor), tokenBg, style.opacity ?? 1);
    rows.push({ types: types.join(","), ratio: contrastRatio(fg, tokenBg) });
  }
  return rows;
}

describe("contrast arithmetic", () => {
  it("matches known WCAG ratios", () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex("#777777"), parseHex("#ffffff"))).toBeCloseTo(4.48, 2);
    expect(contrastRatio(parseHex("#ffffff"), parseHex("#ffffff"))).toBe(1);
  });

  it("catches a theme that fails AA (prism-react-renderer's github theme)", () => {
    const failing = tokenContrasts(themes.github).filter((row) => row.ratio < 4.5);
    expect(failing.length).toBeGreaterThan(0);
  });
});

/** The custom properties declared in the first rule of app.css with exactly this selector. */
const appCss = readFileSync(new URL("../../src/app.css", import.meta.url), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
function tokensOf(selector: string): Map<string, string> {
  const start = appCss.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`app.css has no rule for ${selector}`);
  const body = appCss.slice(start + selector.length + 2, appCss.indexOf("}", start));
  const tokens = new Map<string, string>();
  for (const match of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) tokens.set(match[1]!, match[2]!.trim());
  return tokens;
}

const light = tokensOf(":root");
const systemDark = tokensOf(':root:not([data-theme="light"])');
const chosenDark = tokensOf(':root[data-theme="dark"]');
const THEMES = [
  ["light", light],
  ["dark", chosenDark],
] as const;

/** A token's colour in a theme: the dark blocks override only colours, everything else is the light value. */
function colour(tokens: Map<string, string>, name: string): Rgb {
  const value = tokens.get(name) ?? light.get(name);
  if (value === undefined) throw new Error(`${name} is not defined in app.css`);
  return parseHex(value);
}

/** The code theme with every `var(--code-x)` replaced by its value in one app theme. */
function resolveCodeTheme(tokens: Map<string, string>): PrismTheme {
  const resolve = (value: string | undefined) =>
    value?.replace(/^var\((--[\w-]+)\)$/, (_, name: string) => tokens.get(name) ?? light.get(name) ?? value);
  const resolveStyle = <T extends { color?: string; backgroundColor?: string }>(style: T): T => ({
    ...style,
    ...(style.color === undefined ? {} : { color: resolve(style.color) }),
    ...(style.backgroundColor === undefined ? {} : { backgroundColor: resolve(style.backgroundColor) }),
  });
  return {
    plain: resolveStyle(codeTheme.plain),
    styles: codeTheme.styles.map(({ types, style }) => ({ types, style: resolveStyle(style) })),
  };
}

describe("app.css theme blocks", () => {
  it("define the same dark palette for System on a dark system and for an explicit Dark", () => {
    expect(systemDark.size).toBeGreaterThan(20);
    expect(Object.fromEntries(systemDark)).toEqual(Object.fromEntries(chosenDark));
  });

  it("override in the dark theme only colours the light theme defines", () => {
    const unknown = [...chosenDark.keys()].filter((name) => !light.has(name));
    expect(unknown).toEqual([]);
  });

  // [foreground, background, minimum]: text 4.5:1 (WCAG AA), control borders and focus rings 3:1.
  const PAIRS: [string, string, number][] = [
    ["--color-text", "--color-bg", 4.5],
    ["--color-text", "--color-surface", 4.5],
    ["--color-text", "--color-code-inline-bg", 4.5],
    ["--color-muted", "--color-bg", 4.5],
    ["--color-muted", "--color-surface", 4.5],
    ["--color-accent", "--color-bg", 4.5],
    ["--color-accent", "--color-surface", 4.5],
    ["--color-accent", "--color-surface-accent", 4.5],
    ["--color-accent-strong", "--color-bg", 4.5],
    ["--color-accent-strong", "--color-surface-accent", 4.5],
    ["--color-on-accent", "--color-accent", 4.5],
    ["--color-on-accent", "--color-accent-strong", 4.5],
    ["--color-danger", "--color-bg", 4.5],
    ["--color-danger", "--color-surface", 4.5],
    ["--color-danger", "--color-danger-surface", 4.5],
    ["--color-warning", "--color-bg", 4.5],
    ["--color-header-text", "--color-header-bg", 4.5],
    ["--color-border-strong", "--color-bg", 3],
    ["--color-focus", "--color-bg", 3],
  ];

  for (const [name, tokens] of THEMES) {
    it(`keep every text/background pair at AA in the ${name} theme`, () => {
      const failing = PAIRS.map(([fg, bg, min]) => ({
        pair: `${fg} on ${bg}`,
        ratio: contrastRatio(colour(tokens, fg), colour(tokens, bg)),
        min,
      })).filter((row) => row.ratio < row.min);
      expect(failing).toEqual([]);
    });
  }
});

describe("codeTheme", () => {
  it("takes every colour from a --code-* custom property defined in both themes", () => {
    const used = [codeTheme.plain, ...codeTheme.styles.map((s) => s.style)]
      .flatMap((style) => [style.color, style.backgroundColor])
      .filter((value): value is string => value !== undefined);
    expect(used.length).toBeGreaterThan(10);
    for (const value of used) {
      const name = /^var\((--code-[\w-]+)\)$/.exec(value)?.[1];
      expect(name, value).toBeDefined();
      expect(light.has(name!), `${name} in the light theme`).toBe(true);
      expect(chosenDark.has(name!), `${name} in the dark theme`).toBe(true);
    }
  });

  for (const [name, tokens] of THEMES) {
    it(`gives every token colour at least 4.5:1 against the code background in the ${name} theme (WCAG AA)`, () => {
      const rows = tokenContrasts(resolveCodeTheme(tokens));
      expect(rows.length).toBe(codeTheme.styles.length + 1);
      const failing = rows.filter((row) => row.ratio < 4.5);
      expect(failing).toEqual([]);
    });
  }

  it("is a different palette in the dark theme, dark background under light text", () => {
    const dark = resolveCodeTheme(chosenDark).plain;
    const bright = resolveCodeTheme(light).plain;
    expect(luminance(parseHex(dark.backgroundColor!))).toBeLessThan(0.05);
    expect(luminance(parseHex(dark.color!))).toBeGreaterThan(0.7);
    expect(luminance(parseHex(bright.backgroundColor!))).toBeGreaterThan(0.9);
  });

  it("styles the token types the bash and hcl grammars produce", () => {
    const styled = new Set(codeTheme.styles.flatMap((s) => s.types));
    for (const type of ["comment", "keyword", "string", "variable", "function", "number", "property", "heredoc", "operator"]) {
      expect(styled, type).toContain(type);
    }
  });
});
