import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { AppError } from '../../../shared/result';

/** The faces a PDF asks for; serif faces are the certificate's. */
export type FontStyle = 'regular' | 'bold' | 'italic' | 'serifBold' | 'serifItalic';

const PRIMARY: Record<FontStyle, string> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italic: 'NotoSans-Italic.ttf',
  serifBold: 'NotoSerif-Bold.ttf',
  serifItalic: 'NotoSerif-Italic.ttf',
};

/**
 * Fonts tried, in order, for a character the Noto face lacks. A style without its own file uses `regular`
 * (Chinese has no italic; emoji have no bold).
 */
const FALLBACKS: { name: string; files: Partial<Record<FontStyle, string>> & { regular: string } }[] = [
  { name: 'arabic', files: { regular: 'NotoSansArabic-Regular.ttf', bold: 'NotoSansArabic-Bold.ttf', serifBold: 'NotoSansArabic-Bold.ttf' } },
  { name: 'hebrew', files: { regular: 'NotoSansHebrew-Regular.ttf', bold: 'NotoSansHebrew-Bold.ttf', serifBold: 'NotoSansHebrew-Bold.ttf' } },
  { name: 'cjk', files: { regular: 'DroidSansFallbackFull.ttf' } },
  { name: 'symbols', files: { regular: 'Symbola-symbols.ttf' } },
];

const MARKER = 'NotoSans-Regular.ttf';

/**
 * pdf-lib draws each glyph at its plain advance width and ignores the positions fontkit's shaping works out
 * (kerning, mark placement), which were two thirds of the time a PDF took: skip them. Substitutions (Arabic
 * joining forms, ligatures) still apply.
 */
const POSITIONING_OFF = { kern: false, mark: false, mkmk: false, curs: false, dist: false, abvm: false, blwm: false };

/**
 * resources/fonts beside the app: the bundled main process runs from out/main, tests and scripts from
 * electron/main/lib, so look upwards from here; a packaged app may keep resources beside the executable.
 * Fonts installed on the computer are never used, so every machine prints the same PDF.
 */
export function fontsDir(): string {
  const tried: string[] = [];
  const fromEnv = process.env.WORKBENCH_FONTS_DIR;
  if (fromEnv) tried.push(fromEnv);
  for (let dir = __dirname, i = 0; i < 6; i += 1, dir = path.dirname(dir)) tried.push(path.join(dir, 'resources', 'fonts'));
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged) tried.push(path.join(packaged, 'fonts'), path.join(packaged, 'resources', 'fonts'));
  const found = tried.find((dir) => fs.existsSync(path.join(dir, MARKER)));
  if (!found) throw new AppError('INTERNAL', 'The fonts for PDF exports are missing from resources/fonts; reinstall the workbench.');
  return found;
}

const bytesCache = new Map<string, Buffer>();
const parsed = new WeakMap<Uint8Array, fontkit.Font>();
/**
 * fontkit for pdf-lib, parsing each font file once per process: the parsed tables (and the shaping data
 * fontkit decodes on first use) are most of the cost of a PDF, and they never change.
 */
type GlyphLookup = (id: number, codePoints?: number[]) => { codePoints: number[] } | null;
/** A glyph first made without characters (a part of a composite glyph) takes them when text asks for it. */
function keepCharactersOnGlyphs(face: fontkit.Font) {
  const target = face as unknown as { getGlyph: GlyphLookup };
  const getGlyph = target.getGlyph.bind(face);
  target.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints;
    return glyph;
  };
}

const parse = (data: Uint8Array): fontkit.Font => {
  let face = parsed.get(data);
  if (!face) {
    face = fontkit.create(data as Buffer);
    keepCharactersOnGlyphs(face);
    parsed.set(data, face);
  }
  return face;
};
const sharedFontkit = {
  create(data: Uint8Array): fontkit.Font {
    const face = parse(data);
    // Each document starts with no glyph objects: fontkit keeps one per glyph with the characters it was
    // first made for, and subsetting a composite glyph ("ë") makes its parts ("e") with none, which the
    // next document would then write into its text map as nothing ("Reflection" extracted as "Rfl ction").
    (face as unknown as { _glyphs: Record<number, unknown> })._glyphs = {};
    return face;
  },
} as unknown as typeof fontkit;
const bytesOf = (file: string): Buffer => {
  let bytes = bytesCache.get(file);
  if (!bytes) {
    bytes = fs.readFileSync(path.join(fontsDir(), file));
    bytesCache.set(file, bytes);
  }
  return bytes;
};
/** The parsed font, to ask which characters it has (the same object pdf-lib embeds from). */
const faceOf = (file: string): fontkit.Font => parse(bytesOf(file));

interface Face {
  font: PDFFont;
  has: (codePoint: number) => boolean;
}

/**
 * The fonts one PDF uses. Embedding is asynchronous and layout is not, so the document's text is scanned
 * first and only the fallback fonts it needs are embedded (a 4 MB CJK font is not read for an English PDF).
 * Every font is subset: the PDF carries only the glyphs it prints.
 */
export class PdfFonts {
  private constructor(
    private readonly primary: Record<FontStyle, Face | undefined>,
    private readonly fallbacks: Partial<Record<FontStyle, Face>>[],
  ) {}

  static async load(doc: PDFDocument, texts: string[], styles: FontStyle[] = ['regular', 'bold', 'italic']): Promise<PdfFonts> {
    doc.registerFontkit(sharedFontkit);
    const embedded = new Map<string, PDFFont>();
    const embed = async (file: string): Promise<Face> => {
      let font = embedded.get(file);
      if (!font) {
        font = await doc.embedFont(bytesOf(file), { subset: true, features: POSITIONING_OFF });
        embedded.set(file, font);
      }
      const face = faceOf(file);
      return { font, has: (cp) => face.hasGlyphForCodePoint(cp) };
    };
    const wanted = [...new Set<FontStyle>(['regular', ...styles])];
    const primary = { regular: undefined, bold: undefined, italic: undefined, serifBold: undefined, serifItalic: undefined } as Record<FontStyle, Face | undefined>;
    for (const style of wanted) primary[style] = await embed(PRIMARY[style]);

    const base = faceOf(PRIMARY.regular);
    const missing = new Set<number>();
    for (const text of texts) for (const ch of text) if (!base.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)) missing.add(ch.codePointAt(0) ?? 0);
    const fallbacks: Partial<Record<FontStyle, Face>>[] = [];
    for (const group of FALLBACKS) {
      if (missing.size === 0) break;
      const face = faceOf(group.files.regular);
      const covered = [...missing].filter((cp) => face.hasGlyphForCodePoint(cp));
      if (covered.length === 0) continue;
      covered.forEach((cp) => missing.delete(cp));
      const faces: Partial<Record<FontStyle, Face>> = {};
      for (const style of wanted) faces[style] = await embed(group.files[style] ?? group.files.regular);
      fallbacks.push(faces);
    }
    return new PdfFonts(primary, fallbacks);
  }

  /** The font for one face, for text the primary face covers (labels, page numbers). */
  face(style: FontStyle): PDFFont {
    return (this.primary[style] ?? (this.primary.regular as Face)).font;
  }

  /** The first font that has this character in the given face, or undefined when none has it. */
  fontFor(codePoint: number, style: FontStyle): PDFFont | undefined {
    const primary = this.primary[style] ?? this.primary.regular;
    if (primary?.has(codePoint)) return primary.font;
    for (const group of this.fallbacks) {
      const face = group[style] ?? group.regular;
      if (face?.has(codePoint)) return face.font;
    }
    return undefined;
  }
}
