// Turns a simulation result into CSV (one row per time sample) for spreadsheets and plots.
import { csvDocument, signalColumns, SERIES_SIGNALS, type SimulationResult } from '../model';

export function toCsv(r: SimulationResult): string {
  const woundCols = signalColumns(r.wounds.map((_, i) => `wound${i}`), SERIES_SIGNALS);
  const header = ['hours', 'stage', ...woundCols, 'dermalCollagen', 'epidermalThickness'];
  const hours = r.tissue.series.hours;
  const rows = hours.map((h, j) => {
    const stage = r.wounds.map((w) => w.stages.filter((st) => st.startHours <= h).at(-1)?.stage ?? '').join('/');
    const values = r.wounds.flatMap((w) => SERIES_SIGNALS.map((s) => w.series[s][j]));
    return [h, stage, ...values, r.tissue.series.dermalCollagen[j], r.tissue.series.epidermalThickness[j]];
  });
  return csvDocument(header, rows);
}
