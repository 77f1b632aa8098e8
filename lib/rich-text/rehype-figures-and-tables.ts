import type { Element, ElementContent, Root, RootContent } from "hast";
import { parseFigurePath } from "@/lib/figures/figure-path";

type Parent = Root | Element;

// Inside these, whitespace between cells is not content (React drops it too, as invalid table children).
const TABLE_PARTS = new Set(["table", "thead", "tbody", "tfoot", "tr"]);
const isBlank = (node: RootContent) => node.type === "text" && !node.value.trim();

function figureOrAlt(img: Element): ElementContent {
  const src = typeof img.properties.src === "string" ? img.properties.src : "";
  const alt = typeof img.properties.alt === "string" ? img.properties.alt : "";
  const figure = parseFigurePath(src);
  if (!figure)
    return { type: "element", tagName: "span", properties: { className: ["text-slate-500"] }, children: [{ type: "text", value: `[${alt || "image"}]` }] };
  return {
    type: "element",
    tagName: "img",
    properties: { src, alt, width: figure.width, height: figure.height, loading: "lazy", decoding: "async", className: ["figure"] },
    children: [],
  };
}

function scrollableTable(table: Element): Element {
  return {
    type: "element",
    tagName: "div",
    properties: { className: ["table-scroll"], tabIndex: 0, role: "region", ariaLabel: "Table (scrolls sideways)" },
    children: [table],
  };
}

/**
 * What RichText's React components do (rich-text.tsx, rich-text-figure.tsx), for Markdown rendered to an HTML
 * string: figures from the figure store at their own size, any other image as its alt text (content never
 * makes a browser fetch elsewhere), and wide tables in a box of their own that scrolls sideways.
 */
export function rehypeFiguresAndTables() {
  return (tree: Root) => {
    const walk = (parent: Parent) => {
      const children = parent.type === "element" && TABLE_PARTS.has(parent.tagName) ? parent.children.filter((c) => !isBlank(c)) : parent.children;
      parent.children = children.map((child: RootContent) => {
        if (child.type !== "element") return child;
        if (child.tagName === "img") return figureOrAlt(child);
        walk(child);
        return child.tagName === "table" ? scrollableTable(child) : child;
      }) as typeof parent.children;
    };
    walk(tree);
  };
}
