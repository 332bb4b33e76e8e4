import PDFDocument from 'pdfkit';

/** A table of the report, its cells already written in the reader's language. */
export interface ReportTable {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** Each column's share of the page's width; together 1. */
  widths: readonly number[];
}

export interface ReportList {
  heading: string;
  items: readonly string[];
  /** Said when there are no items: why. */
  empty: string;
  /** Said after the items the page could not hold all of. */
  more: (count: number) => string;
}

/** What a team report says, in the reader's language: the server decides what the viewer may see. */
export interface TeamReportContent {
  title: string;
  subtitle: string;
  /** Instead of figures: why a team below k has none, or that it has none yet. */
  notice: string | null;
  lines: { heading: string; table: ReportTable; connection: string | null } | null;
  trend: { heading: string; table: ReportTable } | null;
  comments: ReportList | null;
  actions: ReportList;
  footer: string;
}

const MARGIN = 40;
const BRAND = '#1e3a5f';
const MUTED = '#475569';
const ITEM_LIMIT = 320;

/**
 * The team report as one A4 page: the title, the four lines, the connection score, the trend, then
 * the comments and the actions in the room left, each list saying how many more the page could not
 * hold. Every text is drawn as text, so nothing in it is ever evaluated.
 */
export function teamReportPdf(content: TeamReportContent): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: content.title, Creator: 'Verbinding' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN - 24;

  doc.font('Helvetica-Bold').fontSize(18).fillColor(BRAND).text(content.title, MARGIN, MARGIN, { width });
  doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(content.subtitle, { width });
  doc.moveDown(0.8);
  if (content.notice) paragraph(doc, content.notice, width);
  if (content.lines) {
    heading(doc, content.lines.heading, width);
    table(doc, content.lines.table, width);
    if (content.lines.connection) {
      doc.moveDown(0.3);
      doc.font('Helvetica-Bold').fontSize(11).fillColor(BRAND).text(content.lines.connection, MARGIN, doc.y, { width });
    }
    doc.moveDown(0.8);
  }
  if (content.trend) {
    heading(doc, content.trend.heading, width);
    table(doc, content.trend.table, width);
    doc.moveDown(0.8);
  }
  const lists = [content.comments, content.actions].filter((list): list is ReportList => list !== null);
  lists.forEach((list, index) => {
    const room = (bottom - doc.y) / (lists.length - index);
    listSection(doc, list, width, doc.y + room);
  });
  doc
    .font('Helvetica')
    .fontSize(8)
    .fillColor(MUTED)
    .text(content.footer, MARGIN, bottom + 8, { width, lineBreak: false });
  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, text: string, width: number) {
  doc.font('Helvetica-Bold').fontSize(12).fillColor(BRAND).text(text, MARGIN, doc.y, { width });
  doc.moveDown(0.3);
}

function paragraph(doc: PDFKit.PDFDocument, text: string, width: number) {
  doc.font('Helvetica').fontSize(10).fillColor('black').text(text, MARGIN, doc.y, { width });
  doc.moveDown(0.8);
}

function table(doc: PDFKit.PDFDocument, { columns, rows, widths }: ReportTable, width: number) {
  const xs = widths.map((_, index) => MARGIN + widths.slice(0, index).reduce((sum, share) => sum + share, 0) * width);
  const row = (cells: readonly string[], bold: boolean) => {
    const y = doc.y;
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(9)
      .fillColor('black');
    cells.forEach((cell, index) =>
      doc.text(cell, xs[index], y, { width: widths[index]! * width - 4, lineBreak: false, ellipsis: true }),
    );
    doc.y = y + 14;
  };
  row(columns, true);
  doc
    .moveTo(MARGIN, doc.y - 2)
    .lineTo(MARGIN + width, doc.y - 2)
    .strokeColor('#cbd5e1')
    .stroke();
  for (const cells of rows) row(cells, false);
}

/** A heading and as many items as fit above `limit`, then why there are none or how many more there are. */
function listSection(doc: PDFKit.PDFDocument, list: ReportList, width: number, limit: number) {
  heading(doc, list.heading, width);
  doc.font('Helvetica').fontSize(9.5).fillColor('black');
  const noteRoom = 16;
  let shown = 0;
  for (const item of list.items) {
    const text = `• ${item.length > ITEM_LIMIT ? `${item.slice(0, ITEM_LIMIT)}…` : item}`;
    const height = doc.heightOfString(text, { width });
    if (doc.y + height + noteRoom > limit) break;
    doc.text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.2);
    shown += 1;
  }
  const said =
    list.items.length === 0 ? list.empty : shown < list.items.length ? list.more(list.items.length - shown) : null;
  if (said) doc.font('Helvetica-Oblique').fontSize(9).fillColor(MUTED).text(said, MARGIN, doc.y, { width });
  doc.moveDown(0.8);
}
