import type { Options } from "react-markdown";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { remarkDisplayMath } from "@/lib/rich-text/remark-display-math";
import { rehypeScrollableMath } from "@/lib/rich-text/rehype-scrollable-math";

// The one Markdown + LaTeX pipeline: students' pages (RichText, on the server) and the admin editor's live
// preview (in the browser) render with this list, so what an editor sees is what students get.
// `$$…$$` is display maths even when written on one line (remark-display-math.ts).
// Invalid LaTeX is drawn in red rather than thrown; the admin checks report it before saving.
export const remarkPlugins: NonNullable<Options["remarkPlugins"]> = [remarkGfm, remarkMath, remarkDisplayMath];
export const rehypePlugins: NonNullable<Options["rehypePlugins"]> = [
  [rehypeKatex, { throwOnError: false, strict: "ignore", output: "htmlAndMathml" }],
  rehypeScrollableMath,
];
