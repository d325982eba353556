import zlib from 'node:zlib';
import { AppError } from '../../../shared/result';

/**
 * Just enough of the ZIP format to read an .xlsx safely: the central directory
 * is checked (entry count, declared sizes, compression ratio) before anything
 * is inflated, and inflating stops at the declared size, so a file that lies
 * about its sizes cannot make us allocate more than the limits below.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export const ZIP_LIMITS = {
  /** A workbook has a few dozen parts; thousands means something else. */
  maxEntries: 2_000,
  /** One part (a worksheet or the shared strings) inflated. */
  maxEntryBytes: 64 * 1024 * 1024,
  /** Above this size a part may not be more than `maxRatio` times its compressed size (a zip bomb). */
  ratioCheckFrom: 1024 * 1024,
  maxRatio: 200,
};

const notAWorkbook = () => new AppError('VALIDATION', 'The file could not be read as an Excel workbook (.xlsx).', 'content');
const tooBig = (what: string) =>
  new AppError('VALIDATION', `The workbook is too large to import (${what}). Save the sheet you need as a new workbook or as CSV.`, 'content');

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= stop; i -= 1) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  throw notAWorkbook();
}

export function listZipEntries(zip: Buffer): Map<string, ZipEntry> {
  if (zip.length < 22) throw notAWorkbook();
  const eocd = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  const directoryOffset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw tooBig('ZIP64 archives are not read');
  if (count > ZIP_LIMITS.maxEntries) throw tooBig(`${count} parts`);
  const entries = new Map<string, ZipEntry>();
  let at = directoryOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw notAWorkbook();
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.uncompressedSize > ZIP_LIMITS.maxEntryBytes) throw tooBig(`${entry.name} unpacks to ${Math.round(entry.uncompressedSize / 1048576)} MB`);
    if (entry.uncompressedSize > ZIP_LIMITS.ratioCheckFrom && entry.uncompressedSize > entry.compressedSize * ZIP_LIMITS.maxRatio) {
      throw tooBig(`${entry.name} is compressed ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} to 1`);
    }
    entries.set(entry.name.replace(/^\//, ''), entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one part, never past its declared size (which the listing already bounded). */
export function readZipEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_FILE_HEADER) throw notAWorkbook();
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw notAWorkbook();
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw notAWorkbook();
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if (error instanceof RangeError) throw tooBig(`${entry.name} unpacks to more than it declares`);
    throw notAWorkbook();
  }
}
