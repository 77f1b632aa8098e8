"use client";

import dynamic from "next/dynamic";

// The self-marking forms show only once a written answer is in: their code is fetched then, not with every
// practice question (a server page's own next/dynamic would still count it in the page's first load).
export const LazySelfMarkForm = dynamic(() => import("./self-mark-form").then((m) => m.SelfMarkForm));
export const LazyMarkbandForm = dynamic(() => import("./markband-form").then((m) => m.MarkbandForm));
