// Download names: entente-<focus or view>-<date>[-<suffix>].<ext>, safe on every file system.

/** The local calendar date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Lower-case ASCII letters, digits and single hyphens; at most 60 characters. */
export function fileSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

export interface FileNameOptions {
  /** The focused entity (its id or name); null: the whole view. */
  focus: string | null;
  date: Date;
  /** The file type, without the dot: png, svg, pdf. */
  extension: string;
  /** Appended after the date, e.g. "briefing". */
  suffix?: string;
}

export function exportFileName({ focus, date, extension, suffix }: FileNameOptions): string {
  const subject = (focus && fileSlug(focus)) || 'view';
  const tail = suffix ? `-${fileSlug(suffix)}` : '';
  return `entente-${subject}-${isoDate(date)}${tail}.${fileSlug(extension) || 'bin'}`;
}
