import type { Element, Root, RootContent } from "hast";

type Node = Root | RootContent;

const isDisplayMath = (node: Element) => {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes("katex-display");
};

/**
 * A display equation wider than a phone scrolls sideways (globals.css), and a region that scrolls must be
 * reachable from the keyboard (WCAG 2.1.1, axe's scrollable-region-focusable), so each one takes a tab stop.
 * Runs after rehype-katex, which makes the `.katex-display` blocks.
 */
export function rehypeScrollableMath() {
  return (tree: Root) => {
    const visit = (node: Node) => {
      if (node.type === "element" && isDisplayMath(node)) {
        node.properties.tabIndex = 0;
        return;
      }
      if ("children" in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}
