import { createHash } from "node:crypto";
import { imageSize } from "image-size";
import { BadRequestError } from "@/lib/errors";
import { extensionOf, type FigureRef } from "@/lib/figures/figure-path";
import { NotAnSvgError, sanitizeSvg } from "@/lib/figures/sanitize-svg";

export const MAX_SVG_BYTES = 512 * 1024;
export const MAX_PNG_BYTES = 2 * 1024 * 1024;
export const MAX_FIGURE_SIDE = 4096;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The bytes to store and their type: PNG as uploaded, SVG sanitised. The upload's own type claim is ignored. */
function sanitized(bytes: Buffer): { content: Buffer; contentType: "image/png" | "image/svg+xml" } {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    if (bytes.length > MAX_PNG_BYTES) throw new BadRequestError(`A PNG figure is at most ${MAX_PNG_BYTES / 1024 / 1024} MB.`);
    return { content: bytes, contentType: "image/png" };
  }
  const text = bytes.toString("utf8");
  if (!/<svg[\s>]/i.test(text)) throw new BadRequestError("A figure is an SVG or PNG image.");
  if (bytes.length > MAX_SVG_BYTES) throw new BadRequestError(`An SVG figure is at most ${MAX_SVG_BYTES / 1024} KB.`);
  try {
    return { content: Buffer.from(sanitizeSvg(text), "utf8"), contentType: "image/svg+xml" };
  } catch (err) {
    if (err instanceof NotAnSvgError) throw new BadRequestError("A figure is an SVG or PNG image.");
    throw err;
  }
}

function measure(content: Buffer): { width: number; height: number } {
  let size: { width?: number; height?: number };
  try {
    size = imageSize(content);
  } catch {
    throw new BadRequestError("The image could not be read: its size is missing (an SVG needs width and height, or a viewBox).");
  }
  const width = Math.ceil(size.width ?? 0);
  const height = Math.ceil(size.height ?? 0);
  if (!(width >= 1 && height >= 1)) throw new BadRequestError("The image has no size: an SVG needs width and height, or a viewBox.");
  if (width > MAX_FIGURE_SIDE || height > MAX_FIGURE_SIDE) throw new BadRequestError(`A figure is at most ${MAX_FIGURE_SIDE} pixels on each side.`);
  return { width, height };
}

export type PreparedFigure = { content: Buffer; contentType: "image/png" | "image/svg+xml"; ref: FigureRef };

/**
 * What is stored for an uploaded image, and its address: the bytes (SVG sanitised), their type, size and
 * hash. Pure, so the seed can address its committed figures without a database. Throws BadRequestError.
 */
export function prepareFigure(bytes: Uint8Array): PreparedFigure {
  const { content, contentType } = sanitized(Buffer.from(bytes));
  const { width, height } = measure(content);
  const hash = createHash("sha256").update(content).digest("hex");
  return { content, contentType, ref: { hash, width, height, extension: extensionOf(contentType) } };
}
