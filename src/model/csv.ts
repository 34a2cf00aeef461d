// CSV text (RFC 4180) for everything Corium exports: the CLI's `--format csv` and the Charts
// panel's download. One header line, one line per row, a trailing newline; text fields are
// quoted only when they hold a comma, a quote or a line break, so plain numbers stay plain.

export type CsvValue = string | number;

/** One field: numbers as JavaScript prints them, text quoted (quotes doubled) when it must be. */
export function csvField(value: CsvValue): string {
  const text = String(value);
  return typeof value === 'string' && /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole document: header, then the rows, each line ended by a newline. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

/**
 * Signal columns for one or more series: plain names (`neutrophils`) when there is one, else
 * prefixed by the series (`wound0.neutrophils`, `deep-incision.neutrophils`) in series order.
 */
export function signalColumns(prefixes: readonly string[], signals: readonly string[]): string[] {
  const multi = prefixes.length > 1;
  return prefixes.flatMap((p) => signals.map((s) => (multi ? `${p}.${s}` : s)));
}
