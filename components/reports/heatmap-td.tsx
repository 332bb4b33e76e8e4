import type { CSSProperties, ReactNode } from 'react';

/** A heatmap's table cell: coloured, its content a link to what lies behind it where there is one. */
export function HeatmapTd({
  style,
  box,
  href,
  children,
}: {
  style: CSSProperties;
  box: string;
  href?: string;
  children: ReactNode;
}) {
  return (
    <td className="border border-white p-0 text-center align-middle" style={style}>
      {href ? (
        <a
          href={href}
          className={`${box} text-inherit no-underline hover:underline focus-visible:outline-offset-[-3px]`}
        >
          {children}
        </a>
      ) : (
        <div className={box}>{children}</div>
      )}
    </td>
  );
}
