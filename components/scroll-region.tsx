'use client';
import { type ReactNode, useEffect, useRef, useState } from 'react';

interface ScrollRegionProps {
  /** What the line above says when the table scrolls, e.g. "Swipe sideways for more columns". */
  cue: string;
  /** The id of the caption or heading that names the region, or its name itself. */
  labelledBy?: string;
  label?: string;
  className?: string;
  children: ReactNode;
}

interface Overflow {
  left: boolean;
  right: boolean;
}

/**
 * A table's frame that scrolls sideways when the table is wider than the screen, and then says so:
 * a line of text above it and a shade on the side where more columns are. Focusable, so that the
 * keyboard scrolls it too.
 */
export function ScrollRegion({ cue, labelledBy, label, className = '', children }: ScrollRegionProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState<Overflow>({ left: false, right: false });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      const rest = element.scrollWidth - element.clientWidth - element.scrollLeft;
      setOverflow({ left: element.scrollLeft > 1, right: rest > 1 });
    };
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      resized.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);

  const scrolls = overflow.left || overflow.right;
  return (
    <div className="relative">
      {scrolls ? (
        <p aria-hidden="true" className="mb-1 text-right text-xs font-medium text-slate-600">
          {cue}
        </p>
      ) : null}
      <div className="relative">
        {/* Positioned, so that what is absolutely placed in the table (text for screen readers) scrolls inside it rather than widening the page. */}
        <div
          ref={scroller}
          role="region"
          aria-labelledby={labelledBy}
          aria-label={label}
          tabIndex={0}
          className={`relative overflow-x-auto ${className}`.trim()}
        >
          {children}
        </div>
        {overflow.right ? (
          <div
            aria-hidden="true"
            className="pointer-events-none absolute inset-y-0 right-0 w-6 rounded-r-lg bg-gradient-to-l from-slate-900/25 to-transparent"
          />
        ) : null}
      </div>
    </div>
  );
}
