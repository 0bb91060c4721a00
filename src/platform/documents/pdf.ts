import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

// PT Sans as whole TrueType files (the @fontsource package is split by Unicode range): it has ң ө ү and all of
// Cyrillic, and pdfkit embeds the subset the document uses, so the PDF reads the same on any machine.
const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf');

const MARGIN = 50;
const FOOTER = 40;
const LABEL_WIDTH = 170;
const GAP = 10;

/** What a document shows, line by line, already in its language: laid out by a module, drawn here. */
export type PdfBlock =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; label: string; value: string }
  | { kind: 'heading'; text: string }
  | { kind: 'entry'; text: string }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'note'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: { label: string; width: number }[]; rows: string[][] };

export type PdfOptions = { title: string; language: string; pageLabel: (page: number, pages: number) => string };

type Doc = PDFKit.PDFDocument;

/** Draws the blocks as an A4 PDF with PT Sans and "page n of m" in every footer. */
export function renderPdf(blocks: readonly PdfBlock[], options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER / 2, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: options.language,
    info: { Title: options.title, Author: 'Kadam', Creator: 'Kadam' },
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const block of blocks) draw(doc, block);
  numberPages(doc, options.pageLabel);
  doc.end();
  return done;
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page when what follows would not fit, so a heading is never parted from what it heads. */
function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function text(doc: Doc, value: string, font: 'regular' | 'bold', size: number, colour = 'black') {
  doc
    .font(font)
    .fontSize(size)
    .fillColor(colour)
    .text(value, doc.page.margins.left, doc.y, { width: contentWidth(doc) })
    .fillColor('black');
}

function draw(doc: Doc, block: PdfBlock) {
  switch (block.kind) {
    case 'title':
      text(doc, block.text, 'bold', 16);
      doc.moveDown(0.5);
      return;
    case 'meta':
    case 'field':
      return labelled(doc, block.label, block.value, block.kind === 'meta' ? 10 : 9);
    case 'heading': {
      ensureRoom(doc, 60);
      doc.moveDown(0.8);
      text(doc, block.text, 'bold', 13);
      const left = doc.page.margins.left;
      doc
        .moveTo(left, doc.y + 2)
        .lineTo(left + contentWidth(doc), doc.y + 2)
        .lineWidth(0.5)
        .stroke('#505a5f');
      doc.moveDown(0.5);
      return;
    }
    case 'entry':
      ensureRoom(doc, 40);
      doc.moveDown(0.3);
      return text(doc, block.text, 'bold', 10);
    case 'note':
      return text(doc, block.text, 'regular', 9, '#505a5f');
    case 'paragraph':
      text(doc, block.text, 'regular', 10);
      doc.moveDown(0.3);
      return;
    case 'table':
      return table(doc, block);
  }
}

function labelled(doc: Doc, label: string, value: string, size: number) {
  const left = doc.page.margins.left;
  const valueWidth = contentWidth(doc) - LABEL_WIDTH - GAP;
  const height = Math.max(
    doc.font('bold').fontSize(size).heightOfString(label, { width: LABEL_WIDTH }),
    doc.font('regular').fontSize(size).heightOfString(value, { width: valueWidth }),
  );
  ensureRoom(doc, Math.min(height, 200));
  const top = doc.y;
  doc.font('bold').fontSize(size).text(label, left, top, { width: LABEL_WIDTH });
  const labelEnd = doc.y;
  doc
    .font('regular')
    .fontSize(size)
    .text(value, left + LABEL_WIDTH + GAP, top, { width: valueWidth });
  // A long value may run onto the next page; the next block starts below whichever column ended lower.
  doc.y = (doc.y < top ? doc.y : Math.max(doc.y, labelEnd)) + 2;
}

/** A simple table: bold header row, repeated on each new page; cells wrap within their column. */
function table(doc: Doc, block: Extract<PdfBlock, { kind: 'table' }>) {
  const left = doc.page.margins.left;
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = block.columns.map((column) => (column.width / total) * contentWidth(doc));
  const heightOf = (cells: string[]) =>
    Math.max(...cells.map((cell, index) => doc.heightOfString(cell, { width: widths[index]! - 4 }))) + 4;
  const row = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(8);
    const height = heightOf(cells);
    const top = doc.y;
    let x = left;
    cells.forEach((cell, index) => {
      doc.text(cell, x + 2, top + 2, { width: widths[index]! - 4 });
      x += widths[index]!;
    });
    doc.y = top + height;
    doc
      .moveTo(left, doc.y)
      .lineTo(left + contentWidth(doc), doc.y)
      .lineWidth(0.25)
      .stroke('#b1b4b6');
  };
  const header = block.columns.map((column) => column.label);
  ensureRoom(doc, 40);
  row(header, 'bold');
  for (const cells of block.rows) {
    doc.font('regular').fontSize(8);
    if (doc.y + heightOf(cells) > bottom(doc)) {
      doc.addPage();
      row(header, 'bold');
    }
    row(cells, 'regular');
  }
}

function numberPages(doc: Doc, label: (page: number, pages: number) => string) {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // Writing below the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#505a5f')
      .text(label(index + 1, range.count), doc.page.margins.left, doc.page.height - FOOTER, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = margin;
  }
}
