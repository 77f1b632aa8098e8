import createDOMPurify from "dompurify";
import { JSDOM } from "jsdom";

const SVG_NS = "http://www.w3.org/2000/svg";
const { window } = new JSDOM("");
const purify = createDOMPurify(window);

// Links and url() may only point inside the figure itself (#gradient, #arrowhead). Anything else would make
// a student's browser fetch from elsewhere (tracking) or navigate away when the SVG is opened on its own.
const LINK_ATTRIBUTES = new Set(["href", "xlink:href"]);
const externalUrl = (value: string) => [...value.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)].some((m) => !m[2]!.trim().startsWith("#"));
purify.addHook("uponSanitizeAttribute", (_node, data) => {
  const value = data.attrValue.trim();
  if (LINK_ATTRIBUTES.has(data.attrName) && !value.startsWith("#")) data.keepAttr = false;
  else if (externalUrl(value)) data.keepAttr = false;
});

export class NotAnSvgError extends Error {}

/**
 * An uploaded SVG with everything that could run or fetch taken out (scripts, event handlers,
 * <foreignObject>, <style> sheets, links and url()s to anywhere but the figure itself), kept by DOMPurify's
 * SVG allow-list. Returns a standalone SVG document. Throws NotAnSvgError when the root is not <svg>.
 */
export function sanitizeSvg(source: string): string {
  const body = purify.sanitize(source, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ["style", "foreignObject", "image", "a"],
    RETURN_DOM: true,
  });
  // One <svg> and nothing beside it but white space (the XML prolog and comments are dropped).
  const roots = [...body.childNodes].filter((node) => node.nodeType !== window.Node.TEXT_NODE || node.textContent?.trim());
  const svg = roots[0] as Element | undefined;
  if (roots.length !== 1 || svg?.localName !== "svg" || svg.namespaceURI !== SVG_NS) throw new NotAnSvgError("The file is not an SVG image.");
  svg.setAttribute("xmlns", SVG_NS);
  return new window.XMLSerializer().serializeToString(svg);
}
