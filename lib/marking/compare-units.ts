import { normalizeMathText } from "@/lib/marking/normalize-math-text";

/** One symbol of a unit with its power: "m s^-1" is [{ m, 1 }, { s, -1 }]. */
type UnitFactor = { symbol: string; exponent: number };

export type UnitComparison =
  | { kind: "same" }
  /** The same quantity in another unit: multiply the student's number by `factor` ("250 ns" for "μs": 0.001). */
  | { kind: "scaled"; factor: number }
  | { kind: "different" };

/**
 * Reads a unit as typed after a number ("m/s", "m s^-1", "J kg⁻¹ K⁻¹", "€ thousand", "%"). Returns null
 * when the text is not unit-like, e.g. it holds another number ("or 3"), so the answer is not one number.
 */
export function parseUnit(text: string): UnitFactor[] | null {
  const cleaned = normalizeMathText(text)
    .replace(/[{}]/g, "")
    .replace(/\bper\b/gi, "/")
    .replace(/\.$/, "");
  if (!cleaned) return [];
  const factors: UnitFactor[] = [];
  const segments = cleaned.split("/");
  for (const [index, segment] of segments.entries()) {
    const tokens = segment
      .replace(/[()]/g, " ")
      .replace(/(?<=\p{L})\.(?=\p{L})/gu, " ")
      .split(/[\s·*×]+/)
      .filter(Boolean);
    if (!tokens.length) return null;
    for (const token of tokens) {
      const match = /^([\p{L}°%‰€$£¥']+)\^?\(?([-+]?\d+)?\)?$/u.exec(token);
      if (!match?.[1]) return null;
      // Everything after "/" is in the denominator: "J/kg/K" = J kg⁻¹ K⁻¹.
      const exponent = Number(match[2] ?? 1) * (index === 0 ? 1 : -1);
      factors.push({ symbol: canonicalSymbol(match[1]), exponent });
    }
  }
  return factors;
}

/**
 * Compares a student's unit with the expected one. Spellings of one unit are "same" ("m/s", "m s⁻¹",
 * "ms^-1" — the last is read as the student meant it, not as per-millisecond); SI prefixes, hours and
 * minutes and the words thousand/million/billion make a unit "scaled"; anything else is "different".
 */
export function compareUnits(expected: string, given: string): UnitComparison {
  const a = parseUnit(expected);
  const b = parseUnit(given);
  if (!a || !b) return compact(expected) === compact(given) ? { kind: "same" } : { kind: "different" };
  if (sameFactors(a, b) || compact(expected) === compact(given)) return { kind: "same" };
  const base = toBase(a);
  const other = toBase(b);
  if (!sameFactors(base.factors, other.factors)) return { kind: "different" };
  const factor = other.scale / base.scale;
  return Math.abs(factor - 1) < 1e-12 ? { kind: "same" } : { kind: "scaled", factor };
}

/** The product of the scale words in a unit: "€ thousand" → 1000, "m s⁻¹" → 1. */
export function unitScaleWords(unit: string): number {
  return (parseUnit(unit) ?? []).reduce((scale, f) => scale * (SCALE_WORDS[f.symbol] ?? 1) ** f.exponent, 1);
}

const SYNONYMS: Record<string, string> = {
  second: "s",
  seconds: "s",
  sec: "s",
  secs: "s",
  metre: "m",
  metres: "m",
  meter: "m",
  meters: "m",
  gram: "g",
  grams: "g",
  kilogram: "kg",
  kilograms: "kg",
  hour: "h",
  hours: "h",
  hr: "h",
  hrs: "h",
  minute: "min",
  minutes: "min",
  mins: "min",
  day: "day",
  days: "day",
  year: "yr",
  years: "yr",
  yr: "yr",
  yrs: "yr",
  month: "month",
  months: "month",
  percent: "%",
  degree: "°",
  degrees: "°",
  deg: "°",
  ohm: "Ω",
  ohms: "Ω",
  joule: "J",
  joules: "J",
  newton: "N",
  newtons: "N",
  watt: "W",
  watts: "W",
  volt: "V",
  volts: "V",
  amp: "A",
  amps: "A",
  ampere: "A",
  amperes: "A",
  hertz: "Hz",
  pascal: "Pa",
  pascals: "Pa",
  kelvin: "K",
  mole: "mol",
  moles: "mol",
  euro: "€",
  euros: "€",
  eur: "€",
  dollar: "$",
  dollars: "$",
  usd: "$",
  pound: "£",
  pounds: "£",
  gbp: "£",
  yen: "¥",
  jpy: "¥",
  thousand: "thousand",
  thousands: "thousand",
  million: "million",
  millions: "million",
  billion: "billion",
  billions: "billion",
  bn: "billion",
};

const SCALE_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Units that stand alone; a prefix is only read off a symbol that is not itself one of these ("min", "mol"). */
const BASE_SCALE: Record<string, { base: string; scale: number }> = {
  min: { base: "s", scale: 60 },
  h: { base: "s", scale: 3600 },
  day: { base: "s", scale: 86_400 },
};
const PREFIXABLE = new Set(["m", "s", "g", "N", "J", "W", "V", "A", "Ω", "Hz", "Pa", "C", "mol", "eV", "Bq", "T", "F", "L"]);
const STANDALONE = new Set([...PREFIXABLE, "K", "yr", "month", "°", "°C", "%", "€", "$", "£", "¥", ...Object.keys(BASE_SCALE)]);
const PREFIXES: Record<string, number> = { p: 1e-12, n: 1e-9, μ: 1e-6, u: 1e-6, m: 1e-3, c: 1e-2, d: 1e-1, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

function canonicalSymbol(symbol: string): string {
  if (STANDALONE.has(symbol)) return symbol;
  const lower = symbol.toLowerCase();
  return SYNONYMS[lower] ?? (STANDALONE.has(symbol.slice(1)) || symbol.length <= 3 ? symbol : lower);
}

function toBase(factors: UnitFactor[]): { factors: UnitFactor[]; scale: number } {
  let scale = 1;
  const out: UnitFactor[] = [];
  for (const { symbol, exponent } of factors) {
    const wordScale = SCALE_WORDS[symbol];
    if (wordScale) {
      scale *= wordScale ** exponent;
      continue;
    }
    const fixed = BASE_SCALE[symbol];
    const prefix = !STANDALONE.has(symbol) && PREFIXABLE.has(symbol.slice(1)) ? PREFIXES[symbol[0] ?? ""] : undefined;
    if (fixed) {
      scale *= fixed.scale ** exponent;
      out.push({ symbol: fixed.base, exponent });
    } else if (prefix) {
      scale *= prefix ** exponent;
      out.push({ symbol: symbol.slice(1), exponent });
    } else {
      out.push({ symbol, exponent });
    }
  }
  return { factors: out, scale };
}

function sameFactors(a: UnitFactor[], b: UnitFactor[]): boolean {
  const powers = (fs: UnitFactor[]) => {
    const map = new Map<string, number>();
    for (const f of fs) map.set(f.symbol, (map.get(f.symbol) ?? 0) + f.exponent);
    return [...map]
      .filter(([, e]) => e !== 0)
      .map(([s, e]) => `${s}^${e}`)
      .sort()
      .join(" ");
  };
  return powers(a) === powers(b);
}

function compact(unit: string): string {
  return normalizeMathText(unit)
    .replace(/[\s·*×{}()^]/g, "")
    .replace(/\.$/, "");
}
