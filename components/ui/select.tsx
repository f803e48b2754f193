"use client";

import * as SelectPrimitive from "@radix-ui/react-select";
import { useId } from "react";

export const CONTROL =
  "rounded-md border border-slate-300 bg-white text-sm text-slate-900 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200 disabled:opacity-60 aria-[invalid=true]:border-red-500";

export type SelectOption<V extends string = string> = { value: V; label: string };

// Radix reserves "" for "no value", so the "All …" option travels under this value.
const NONE = "__none__";

type SelectProps<V extends string> = {
  /** The visible label; leave it out only when the trigger is labelled another way (`id` + a FormField label, `aria-label`). */
  label?: string;
  /** `""` is the "nothing chosen" value: give an option `{ value: "", label: "All channels" }` for it. */
  value: V | "";
  onValueChange: (value: V | "") => void;
  options: readonly SelectOption<V | "">[];
  placeholder?: string;
  disabled?: boolean;
  name?: string;
  id?: string;
  className?: string;
  triggerClassName?: string;
  "aria-label"?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

/**
 * A listbox select (Radix): a combobox button named by its label, arrow keys, type-ahead, Escape.
 * Drive it in e2e with `getByLabel("Channel").click()` then `getByRole("option", { name })`.
 */
export function Select<V extends string>({
  label,
  value,
  onValueChange,
  options,
  placeholder,
  disabled,
  name,
  id,
  className = "",
  triggerClassName = "",
  ...aria
}: SelectProps<V>) {
  const generated = useId();
  const triggerId = id ?? `${generated}-trigger`;
  const labelId = `${generated}-label`;
  return (
    <div className={className}>
      {label && (
        <label id={labelId} htmlFor={triggerId} className="block text-xs font-medium text-slate-600">
          {label}
        </label>
      )}
      <SelectPrimitive.Root
        value={value === "" ? NONE : value}
        onValueChange={(v) => onValueChange(v === NONE ? "" : (v as V))}
        disabled={disabled}
        name={name}
      >
        <SelectPrimitive.Trigger
          id={triggerId}
          aria-labelledby={label ? labelId : undefined}
          {...aria}
          className={`${CONTROL} ${label ? "mt-1" : ""} flex w-full min-w-32 items-center justify-between gap-2 px-2 py-1.5 text-left data-[placeholder]:text-slate-500 ${triggerClassName}`}
        >
          <span className="truncate">
            <SelectPrimitive.Value placeholder={placeholder} />
          </span>
          <SelectPrimitive.Icon className="text-slate-500">
            <Chevron />
          </SelectPrimitive.Icon>
        </SelectPrimitive.Trigger>
        <SelectPrimitive.Portal>
          <SelectPrimitive.Content
            position="popper"
            sideOffset={4}
            className="z-50 max-h-[min(20rem,var(--radix-select-content-available-height))] min-w-[var(--radix-select-trigger-width)] overflow-hidden rounded-md border border-slate-200 bg-white shadow-lg"
          >
            <SelectPrimitive.Viewport className="p-1">
              {options.map((option) => (
                <SelectPrimitive.Item
                  key={option.value || NONE}
                  value={option.value === "" ? NONE : option.value}
                  className="relative flex cursor-default select-none items-center rounded py-1.5 pl-7 pr-3 text-sm text-slate-800 outline-none data-[highlighted]:bg-indigo-50 data-[highlighted]:text-indigo-900 data-[disabled]:opacity-50"
                >
                  <SelectPrimitive.ItemIndicator className="absolute left-2 text-indigo-700">
                    <Check />
                  </SelectPrimitive.ItemIndicator>
                  <SelectPrimitive.ItemText>{option.label}</SelectPrimitive.ItemText>
                </SelectPrimitive.Item>
              ))}
            </SelectPrimitive.Viewport>
          </SelectPrimitive.Content>
        </SelectPrimitive.Portal>
      </SelectPrimitive.Root>
    </div>
  );
}

/**
 * The browser's own select, styled: for dense forms and grid rows, where many selects sit side by
 * side and `selectOption` keeps e2e specs simple.
 */
export function NativeSelect({ className = "", size = "md", ...props }: Omit<React.ComponentProps<"select">, "size"> & { size?: "sm" | "md" }) {
  return <select className={`${CONTROL} ${size === "sm" ? "px-2 py-1" : "px-3 py-2"} ${className}`} {...props} />;
}

function Chevron() {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
      <path d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z" />
    </svg>
  );
}

function Check() {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
      <path d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.58l7.3-7.3a1 1 0 0 1 1.4 0Z" />
    </svg>
  );
}
