import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF made by pdfkit, line by line, for tests to read what a document says. pdfkit writes text
 * as glyph numbers of an embedded font subset, with a ToUnicode map per font: this reads the objects, inflates
 * their streams, and maps each shown string back to Unicode through the font selected at that point.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  let cursor = 0;
  for (const match of source.matchAll(/(\d+) 0 obj\b/g)) {
    // A match inside the previous object's stream bytes is data, not an object.
    if (match.index < cursor) continue;
    const from = match.index + match[0].length;
    const end = source.indexOf('endobj', from);
    cursor = end;
    const start = source.indexOf('stream', from);
    if (start < 0 || start > end) {
      objects.set(match[1]!, { dict: source.slice(from, end), stream: null });
      continue;
    }
    // Stream bytes may hold anything, "endobj" included: the dictionary's /Length says where they end.
    const dict = source.slice(from, start);
    const dataStart = source.indexOf('\n', start) + 1;
    const raw = Buffer.from(source.slice(dataStart, dataStart + Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0)), 'latin1');
    cursor = Math.max(cursor, dataStart + raw.length);
    const stream = dict.includes('/FlateDecode') ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
    objects.set(match[1]!, { dict, stream });
  }
  const maps = new Map<string, Map<string, string>>();
  const mapOf = (fontRef: string) => {
    if (!maps.has(fontRef)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontRef)?.dict ?? '')?.[1];
      maps.set(fontRef, toUnicodeMap(objects.get(toUnicode ?? '')?.stream ?? ''));
    }
    return maps.get(fontRef)!;
  };
  const lines: string[] = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type \/Page\b/.test(dict)) continue;
    const fonts = new Map(
      [...(/\/Font <<([^>]*)>>/.exec(resourcesOf(dict, objects))?.[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)].map((m) => [m[1]!, m[2]!]),
    );
    const contents = /\/Contents (\d+) 0 R/.exec(dict)?.[1];
    let map = new Map<string, string>();
    for (const op of (objects.get(contents ?? '')?.stream ?? '').matchAll(/\/(\w+) [\d.]+ Tf|\[([^\]]*)\] TJ|<([0-9a-fA-F]*)> Tj/g)) {
      if (op[1]) map = mapOf(fonts.get(op[1]) ?? '');
      const hexes = op[2] ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!) : op[3] !== undefined ? [op[3]] : [];
      if (hexes.length > 0) lines.push(hexes.map((hex) => decode(hex, map)).join(''));
    }
  }
  return lines.join('\n');
}

function resourcesOf(dict: string, objects: Map<string, { dict: string }>): string {
  const ref = /\/Resources (\d+) 0 R/.exec(dict)?.[1];
  return ref ? (objects.get(ref)?.dict ?? '') : dict;
}

function decode(hex: string, map: Map<string, string>): string {
  let text = '';
  for (let index = 0; index < hex.length; index += 4) text += map.get(hex.slice(index, index + 4).toLowerCase()) ?? '';
  return text;
}

const unicode = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((part) => parseInt(part, 16)));

/** A ToUnicode CMap's `bfchar` and `bfrange` entries (pdfkit writes ranges with arrays), glyph → text. */
function toUnicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const blocks = (kind: string) => [...cmap.matchAll(new RegExp(`begin${kind}([\\s\\S]*?)end${kind}`, 'g'))].map((m) => m[1]!).join('\n');
  for (const [, glyph, text] of blocks('bfchar').matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g))
    map.set(glyph!.toLowerCase(), unicode(text!));
  for (const [, from, , list] of blocks('bfrange').matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]{4})>\s*\[([^\]]*)\]/g)) {
    // An entry may map one glyph to several characters (a ligature), written with a space: <0066 0069>.
    [...list!.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((entry, offset) =>
      map.set((parseInt(from!, 16) + offset).toString(16).padStart(4, '0'), unicode(entry[1]!.replace(/\s/g, ''))),
    );
  }
  return map;
}
