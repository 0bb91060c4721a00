import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { I18n } from '../../platform/i18n/translator.ts';
import type { SubjectAccessExport } from './people.subject-access.ts';
import { layoutSubjectAccess, type PdfBlock } from './people.subject-access.layout.ts';

// PT Sans as whole TrueType files (the @fontsource package is split by Unicode range): it has ң ө ү and all of
// Cyrillic, and pdfkit embeds the subset the document uses, so the PDF reads the same on any machine.
const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf');

const MARGIN = 50;
const FOOTER = 40;
const LABEL_WIDTH = 170;
const GAP = 10;

type Doc = PDFKit.PDFDocument;

/** Renders the export as an A4 PDF in the translator's language, with page numbers in the footer. */
export function renderSubjectAccessPdf(data: SubjectAccessExport, i18n: I18n): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER / 2, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: i18n.locale,
    info: { Title: `${i18n.t('subjectAccess.title')} — ${data.person.name}`, Author: 'Kadam', Creator: 'Kadam' },
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
  for (const block of layoutSubjectAccess(data, i18n)) draw(doc, block);
  numberPages(doc, i18n);
  doc.end();
  return done;
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page when what follows would not fit, so a label is never parted from its value. */
function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function draw(doc: Doc, block: PdfBlock) {
  const left = doc.page.margins.left;
  switch (block.kind) {
    case 'title':
      doc
        .font('bold')
        .fontSize(16)
        .text(block.text, left, doc.y, { width: contentWidth(doc) });
      doc.moveDown(0.5);
      return;
    case 'meta':
    case 'field':
      return labelled(doc, block.label, block.value, block.kind === 'meta' ? 10 : 9);
    case 'heading':
      ensureRoom(doc, 60);
      doc.moveDown(0.8);
      doc
        .font('bold')
        .fontSize(13)
        .text(block.text, left, doc.y, { width: contentWidth(doc) });
      doc
        .moveTo(left, doc.y + 2)
        .lineTo(left + contentWidth(doc), doc.y + 2)
        .lineWidth(0.5)
        .stroke('#505a5f');
      doc.moveDown(0.5);
      return;
    case 'entry':
      ensureRoom(doc, 40);
      doc.moveDown(0.3);
      doc
        .font('bold')
        .fontSize(10)
        .text(block.text, left, doc.y, { width: contentWidth(doc) });
      return;
    case 'note':
      doc
        .font('regular')
        .fontSize(9)
        .fillColor('#505a5f')
        .text(block.text, left, doc.y, { width: contentWidth(doc) })
        .fillColor('black');
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
  ensureRoom(doc, height);
  const top = doc.y;
  doc.font('bold').fontSize(size).text(label, left, top, { width: LABEL_WIDTH });
  doc
    .font('regular')
    .fontSize(size)
    .text(value, left + LABEL_WIDTH + GAP, top, { width: valueWidth });
  doc.y = top + height + 2;
}

/** A simple table: bold header row, repeated on each new page; cells wrap within their column. */
function table(doc: Doc, block: Extract<PdfBlock, { kind: 'table' }>) {
  const left = doc.page.margins.left;
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = block.columns.map((column) => (column.width / total) * contentWidth(doc));
  const row = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(8);
    const height = Math.max(...cells.map((cell, index) => doc.heightOfString(cell, { width: widths[index]! - 4 }))) + 4;
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
    return height;
  };
  const header = block.columns.map((column) => column.label);
  ensureRoom(doc, 40);
  row(header, 'bold');
  for (const cells of block.rows) {
    doc.font('regular').fontSize(8);
    const height = Math.max(...cells.map((cell, index) => doc.heightOfString(cell, { width: widths[index]! - 4 }))) + 4;
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      row(header, 'bold');
    }
    row(cells, 'regular');
  }
}

/** "Page 2 of 5" at the foot of every page, written once the number of pages is known. */
function numberPages(doc: Doc, i18n: I18n) {
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
      .text(
        i18n.t('subjectAccess.pdf.page', { page: String(index + 1), pages: String(range.count) }),
        doc.page.margins.left,
        doc.page.height - FOOTER,
        { width: contentWidth(doc), align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = margin;
  }
}
