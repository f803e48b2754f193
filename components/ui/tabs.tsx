"use client";

import * as TabsPrimitive from "@radix-ui/react-tabs";
import { createContext, useContext } from "react";

/** "underline" for a page's sections (admin), "pill" for a small switch inside a card. */
type TabsLook = "underline" | "pill";

const LookContext = createContext<TabsLook>("underline");

const LIST: Record<TabsLook, string> = {
  underline: "flex gap-1 overflow-x-auto border-b border-slate-200",
  pill: "flex flex-wrap gap-1",
};

const TRIGGER: Record<TabsLook, string> = {
  underline:
    "-mb-px whitespace-nowrap border-b-2 border-transparent px-4 py-2 text-sm font-medium text-slate-700 hover:text-slate-900 data-[state=active]:border-indigo-600 data-[state=active]:text-indigo-800",
  pill: "rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50 data-[state=active]:border-indigo-400 data-[state=active]:bg-indigo-50 data-[state=active]:text-indigo-800",
};

const FOCUS = "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400";

/**
 * Radix tabs (roles tablist/tab/tabpanel, arrow keys, Home/End). Controlled with `value` and
 * `onValueChange` when the tab lives in the URL.
 */
export function Tabs({ look = "underline", ...props }: React.ComponentProps<typeof TabsPrimitive.Root> & { look?: TabsLook }) {
  return (
    <LookContext.Provider value={look}>
      <TabsPrimitive.Root {...props} />
    </LookContext.Provider>
  );
}

/** Needs an `aria-label` naming the set of tabs. */
export function TabsList({ className = "", ...props }: React.ComponentProps<typeof TabsPrimitive.List> & { "aria-label": string }) {
  const look = useContext(LookContext);
  return <TabsPrimitive.List className={`${LIST[look]} ${className}`} {...props} />;
}

export function TabsTrigger({ className = "", ...props }: React.ComponentProps<typeof TabsPrimitive.Trigger>) {
  const look = useContext(LookContext);
  return <TabsPrimitive.Trigger className={`${TRIGGER[look]} ${FOCUS} ${className}`} {...props} />;
}

export function TabsContent({ className = "", ...props }: React.ComponentProps<typeof TabsPrimitive.Content>) {
  return <TabsPrimitive.Content className={`${FOCUS} ${className}`} {...props} />;
}
