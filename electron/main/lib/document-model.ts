/**
 * One small document model for every export (agreements, revalidation logs,
 * one-to-one notes, certificates): each domain describes its content once and
 * gets both a Word (.docx) and a PDF rendering of it.
 */
export type DocBlock =
  | { kind: 'heading'; text: string; level?: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  /** Labelled facts, e.g. "Start date: 01/09/2026". */
  | { kind: 'facts'; items: [string, string][] }
  /** Signature blocks: a line to sign and date for each person. */
  | { kind: 'signatures'; signers: { role: string; name: string; signedOn?: string }[] }
  | { kind: 'pageBreak' };

export interface DocSpec {
  title: string;
  subtitle?: string;
  /** Shown small in every page footer next to the page number. */
  footer?: string;
  blocks: DocBlock[];
}
