/**
 * KaTeX declares its fonts `font-display: block`, so a page with maths paints no text at all until a KaTeX
 * font has arrived: on a slow phone connection the first paint waits on a font download. `swap` paints
 * the text at once and the maths in its own fonts as they land (cached for good after the first visit).
 */
const katexFontsSwap = () => ({
  postcssPlugin: "katex-fonts-swap",
  AtRule: {
    "font-face": (rule) => {
      const family = rule.nodes?.find((node) => node.type === "decl" && node.prop === "font-family");
      if (!family || !/KaTeX_/.test(family.value)) return;
      rule.walkDecls("font-display", (decl) => {
        decl.value = "swap";
      });
    },
  },
});
katexFontsSwap.postcss = true;

module.exports = katexFontsSwap;
