"use client";

import dynamic from "next/dynamic";

// The player is the heaviest client code in the app: its own chunk, fetched by the browser only on a paper
// in progress. The split must happen here, in a client component: a server page's next/dynamic of a client
// component still lists its chunk among the page's first-load files.
export const LazyMockPlayer = dynamic(() => import("./mock-player").then((m) => m.MockPlayer), {
  loading: () => <p className="mt-6 text-slate-600">Loading the paper…</p>,
});
