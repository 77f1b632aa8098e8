/**
 * Rewrites what students type (Unicode from phones and keyboards, or LaTeX copied from the question) into
 * one plain spelling, so the numeric parser and the keyword matcher each handle a single form:
 * "3.2 \times 10^{-4}" and "3.2 × 10⁻⁴" both become "3.2 × 10^{-4}" / "3.2 × 10^-4", "µs" (micro sign)
 * becomes "μs" (Greek mu), "−" becomes "-". Braces are kept (callers drop them when grouping no longer
 * matters) and "$" is left alone, because in a numeric answer a single "$" is a currency.
 */
export function normalizeMathText(text: string): string {
  // NFC also turns the ohm sign (U+2126) into Ω (U+03A9); the micro sign needs the explicit rule below.
  let s = text.normalize("NFC");
  s = replaceFractions(s);
  s = s.replace(/\\([A-Za-z]+)/g, (_, name: string) => LATEX_COMMANDS[name] ?? name);
  s = s
    .replace(/\\[,;:! ]/g, " ")
    .replace(/\\%/g, "%")
    .replace(/\\([{}])/g, "$1")
    .replace(/\\[()[\]]/g, " ");
  s = s.replace(/\^\s*\{?\s*°\s*\}?/g, "°");
  s = s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g, (m) => "^" + [...m].map((c) => SUPERSCRIPT[c]).join(""));
  s = s.replace(/[₀₁₂₃₄₅₆₇₈₉]/g, (c) => String(c.charCodeAt(0) - 0x2080));
  s = s.replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, "-");
  s = s.replace(/[′‘’`]/g, "'");
  s = s
    .replace(/\u00B5/g, "μ")
    .replace(/℃/g, "°C")
    .replace(/[º˚]/g, "°");
  s = s.replace(/[⁄÷∕]/g, "/").replace(/[⋅∙]/g, "·");
  s = s.replace(/[½¼¾⅓⅔]/g, (c) => ` ${VULGAR_FRACTIONS[c]}`);
  s = s.replace(/>=/g, "≥").replace(/<=/g, "≤").replace(/!=/g, "≠").replace(/->/g, "→");
  s = s.replace(/[\u00A0\u2007\u2009\u202F\s]+/g, " ");
  return s.trim();
}

const SUPERSCRIPT: Record<string, string> = {
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
  "⁻": "-",
  "⁺": "+",
};

const VULGAR_FRACTIONS: Record<string, string> = { "½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3" };

const LATEX_COMMANDS: Record<string, string> = {
  times: "×",
  cdot: "·",
  div: "/",
  pm: "±",
  mp: "∓",
  approx: "≈",
  sim: "~",
  infty: "∞",
  ge: "≥",
  geq: "≥",
  le: "≤",
  leq: "≤",
  ne: "≠",
  neq: "≠",
  to: "→",
  rightarrow: "→",
  circ: "°",
  degree: "°",
  sqrt: "√",
  int: "∫",
  sum: "∑",
  // Wrappers whose argument is the content: "\text{m s}^{-1}" → "{m s}^{-1}".
  text: "",
  mathrm: "",
  textrm: "",
  mathit: "",
  mathbf: "",
  operatorname: "",
  displaystyle: "",
  left: "",
  right: "",
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  Delta: "Δ",
  epsilon: "ε",
  varepsilon: "ε",
  eta: "η",
  theta: "θ",
  lambda: "λ",
  mu: "μ",
  nu: "ν",
  pi: "π",
  rho: "ρ",
  sigma: "σ",
  Sigma: "Σ",
  tau: "τ",
  phi: "φ",
  varphi: "φ",
  Phi: "Φ",
  psi: "ψ",
  Psi: "Ψ",
  omega: "ω",
  Omega: "Ω",
};

/** "\frac{a}{b}" (and \dfrac, \tfrac, "\frac12") → "{a}/{b}", innermost arguments kept intact. */
function replaceFractions(text: string): string {
  let s = text;
  for (let guard = 0; guard < 50; guard++) {
    const match = /\\[dt]?frac\s*/.exec(s);
    if (!match) return s;
    let i = match.index + match[0].length;
    const args: string[] = [];
    while (args.length < 2 && i < s.length) {
      while (s[i] === " ") i++;
      if (s[i] === "{") {
        const end = matchingBrace(s, i);
        if (end < 0) return s;
        args.push(s.slice(i + 1, end));
        i = end + 1;
      } else {
        args.push(s[i] ?? "");
        i++;
      }
    }
    s = `${s.slice(0, match.index)}{${args[0] ?? ""}}/{${args[1] ?? ""}}${s.slice(i)}`;
  }
  return s;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "{") depth++;
    else if (s[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
