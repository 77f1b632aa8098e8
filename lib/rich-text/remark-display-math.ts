import type { Root, RootContent } from "mdast";
import type { VFile } from "vfile";

type Node = Root | RootContent;

/**
 * `$$…$$` written on one line (as most of the bank's worked solutions are) is parsed by remark-math as
 * text math, so KaTeX would draw it inline, squeezed into the sentence. Authors who type double dollars
 * mean a display equation: mark those nodes as display math, which rehype-katex renders in display mode
 * (a `.katex-display` block on its own line). Single `$…$` stays inline. The source is the only place
 * the number of dollars survives, so the check reads it at the node's offset.
 */
export function remarkDisplayMath() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? "");
    const visit = (node: Node) => {
      if (node.type === "inlineMath") {
        const start = node.position?.start.offset;
        if (start !== undefined && source.startsWith("$$", start)) {
          node.data = { ...node.data, hProperties: { ...node.data?.hProperties, className: ["language-math", "math-display"] } };
        }
        return;
      }
      if ("children" in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}
