import type { MetadataRoute } from "next";

/**
 * The web app manifest (/manifest.webmanifest): on a phone the app installs to the home screen and opens
 * on the dashboard in its own window. Icons are in public/icons, drawn from app/icon.svg; the maskable
 * one keeps the glyph inside the safe zone a launcher may crop to a circle.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "IB Revise",
    short_name: "IB Revise",
    description: "Exam-style IB Diploma questions with markschemes, mock papers and spaced-repetition flashcards.",
    start_url: "/dashboard",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#ffffff",
    theme_color: "#1f5fd6",
    categories: ["education"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: "Flashcards due", url: "/flashcards" },
      { name: "Practise", url: "/practice/new" },
    ],
  };
}
