import { Slot } from "@radix-ui/react-slot";

const VARIANTS = {
  primary: "bg-indigo-600 text-white hover:bg-indigo-700",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
  danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
  ghost: "text-slate-700 hover:bg-slate-100",
} as const;

const SIZES = {
  sm: "px-3 py-1 text-sm",
  md: "px-4 py-2 text-sm",
  icon: "h-8 w-8 justify-center text-sm",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

/** The classes of a button, for the rare control that cannot be a `Button` (a file input's label). */
export function buttonClass({ variant = "primary", size = "md", className = "" }: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}) {
  return `inline-flex items-center gap-1.5 rounded-md font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400 focus-visible:ring-offset-1 disabled:cursor-not-allowed disabled:opacity-60 ${VARIANTS[variant]} ${SIZES[size]} ${className}`;
}

export type ButtonProps = React.ComponentProps<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Render the child (a Link, an <a>) with the button's look instead of a <button>. */
  asChild?: boolean;
};

/** The one button: `type="button"` unless said otherwise, so it never submits a form by accident. */
export function Button({ variant = "primary", size = "md", asChild = false, className, type, ...props }: ButtonProps) {
  if (asChild) return <Slot className={buttonClass({ variant, size, className })} {...props} />;
  return <button type={type ?? "button"} className={buttonClass({ variant, size, className })} {...props} />;
}
