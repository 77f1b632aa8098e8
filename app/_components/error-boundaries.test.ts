import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import RootError from "@/app/error";
import StudentError from "@/app/(student)/error";
import AdminError from "@/app/admin/error";
import GlobalError from "@/app/global-error";

type ErrorProps = { error: Error & { digest?: string }; retry: () => void };

// Next renders these when a page throws. The browser cannot be made to hit a real server failure on
// demand in the end-to-end suite, so the boundaries are rendered here as Next renders them: with the
// error it forwards (for a server error, a generic message and the digest of the logged error).
const boundaries: [string, ComponentType<ErrorProps>][] = [
  ["app/error.tsx", RootError],
  ["app/(student)/error.tsx", StudentError],
  ["app/admin/error.tsx", AdminError],
  ["app/global-error.tsx", GlobalError],
];

const thrown = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432 (password "hunter2")'), { digest: "2417306981" });
const render = (Boundary: ComponentType<ErrorProps>, error: Error & { digest?: string }) =>
  renderToStaticMarkup(createElement(Boundary, { error, retry: () => undefined }));

describe("error boundaries", () => {
  it.each(boundaries)("%s apologises, offers a retry and a way home, and gives the reference support needs", (_file, Boundary) => {
    const html = render(Boundary, thrown());
    expect(html).toContain("Something went wrong");
    expect(html).toContain("Your answers and progress are safe");
    expect(html).toMatch(/<button type="button"[^>]*>Try again<\/button>/);
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>Go to the home page<\/a>/);
    expect(html).toContain("Reference: 2417306981");
  });

  it.each(boundaries)("%s never shows the error's own message (it can carry internals)", (_file, Boundary) => {
    const html = render(Boundary, thrown());
    expect(html).not.toContain("ECONNREFUSED");
    expect(html).not.toContain("hunter2");
  });

  it.each(boundaries)("%s leaves out the reference line when the error has no digest (a client-side error)", (_file, Boundary) => {
    expect(render(Boundary, new Error("boom"))).not.toContain("Reference:");
  });

  it("global-error.tsx renders a whole document, since it replaces the root layout", () => {
    const html = render(GlobalError, thrown());
    expect(html).toMatch(/^<html lang="en">/);
    expect(html).toContain("<title>Something went wrong · IB Revise</title>");
  });
});
