import path from "node:path";

// Tailwind, then KaTeX's fonts made to swap in rather than hold back the first paint (see the plugin).
// The plugin is named by absolute path: Next's and Vite's loaders each resolve names from elsewhere.
const katexFontsSwap = path.join(process.cwd(), "scripts/postcss/katex-fonts-swap.cjs");

const config = { plugins: { "@tailwindcss/postcss": {}, [katexFontsSwap]: {} } };

export default config;
