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

describe("codeTheme", () => {
  it("gives every token colour at least 4.5:1 against the code background (WCAG AA)", () => {
    const rows = tokenContrasts(codeTheme);
    expect(rows.length).toBe(codeTheme.styles.length + 1);
    const failing = rows.filter((row) => row.ratio < 4.5);
    expect(failing).toEqual([]);
  });

  it("styles the token types the bash and hcl grammars produce", () => {
    const styled = new Set(codeTheme.styles.flatMap((s) => s.types));
    for (const type of ["comment", "keyword", "string", "variable", "function", "number", "property", "heredoc", "operator"]) {
      expect(styled, type).toContain(type);
    }
  });
});
