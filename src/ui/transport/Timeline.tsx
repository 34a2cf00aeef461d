// The strip the time slider runs over: the wound's healing stages as bands (each stage its own
// colour AND pattern AND name, so no one needs to tell hues apart), a marker per session of a
// course, and ticks at 1 h, 1 day, 1 week, 1 month and 1 year on the log-like axis. Comparing,
// both scenarios' stages: one row each, the left block's on top, each row named.
import { memo, useId, useMemo } from 'react';
import type { HealingStage, IndicationId } from '../../model';
import { formatTime } from '../../i18n/formatTime';
import { useT } from '../../i18n/useT';
import { stageName, stageShortName } from '../explain/stageText';
import { timelineLayout, type Episode } from './timeline';

/** Heights inside the strip, px: bands on top (one row, or two thinner ones comparing), ticks and their labels below. */
export const BAND_H = 30;
const COMPARE_BAND_H = 22;
const TICK_H = 16;
export const STRIP_H = BAND_H + TICK_H;
/** Height of the strip with this many rows of bands, px. */
export const stripHeight = (rows: number): number => (rows > 1 ? rows * COMPARE_BAND_H : BAND_H) + TICK_H;

/** One scenario's stages: its episodes, its sessions, its name (said in the strip's description) and the condition it treats (its healed stage's words). */
export interface TimelineRow { readonly episodes: readonly Episode[]; readonly sessionsHours: readonly number[]; readonly name: string; readonly indication?: IndicationId }
/** Rough width of one character of the 11 px labels, px: labels that may not fit are left out. */
const CHAR_W = 6.2;

/** Pattern per stage: the second cue besides the colour (outcomes share plain fill; their names differ). */
const PATTERN: Readonly<Record<HealingStage, 'dots' | 'diagonal' | 'cross' | 'vertical' | 'horizontal' | null>> = {
  hemostasis: 'dots', inflammation: 'diagonal', 'prolonged-inflammation': 'cross', proliferation: 'vertical', remodeling: 'horizontal',
  resolved: null, 'scar-normotrophic': null, 'scar-hypertrophic': null, 'scar-atrophic': null, 'scar-keloid': null,
};

interface Props { readonly rows: readonly TimelineRow[]; readonly spanHours: number; readonly width: number; readonly rtl: boolean; readonly lang: string }

export const Timeline = memo(function Timeline({ rows, spanHours, width, rtl, lang }: Props) {
  const t = useT();
  const id = useId().replace(/:/g, '');
  const rowH = rows.length > 1 ? COMPARE_BAND_H : BAND_H;
  const bandsH = rowH * rows.length;
  const layouts = useMemo(() => rows.map((row) => timelineLayout({
    episodes: row.episodes, sessionsHours: row.sessionsHours, spanHours, width, rtl,
    labelWidth: ({ stage, tick, short }) => {
      if (stage && short) return (stageShortName(stage, row.indication)?.length ?? Infinity) * CHAR_W;
      return (stage ? stageName(stage, row.indication) : tick ? t(`transport.ticks.${tick}`) : '').length * CHAR_W;
    },
  })), [rows, spanHours, width, rtl, lang, t]);
  const describe = (row: TimelineRow, layout: (typeof layouts)[number]): string => t('transport.timeline.summary', {
    stages: row.episodes.filter((e) => e.session === 0).map((e) => t('transport.timeline.stageFrom', { stage: stageName(e.stage, row.indication), time: formatTime(e.startHours) })).join(', '),
  }) + (layout.sessions.length > 0 ? ` ${t('transport.timeline.sessions', { times: row.sessionsHours.map((h) => formatTime(h)).join(', ') })}` : '');
  const summary = rows.length > 1
    ? rows.map((row, i) => t(i === 0 ? 'transport.timeline.left' : 'transport.timeline.right', { name: row.name, stages: describe(row, layouts[i]) })).join(' ')
    : describe(rows[0], layouts[0]);
  const pat = (name: string) => `${id}-${name}`;
  return (
    <svg className="timeline" width={width} height={bandsH + TICK_H} role="img" aria-label={summary}>
      <defs>
        <pattern id={pat('dots')} width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.3" /></pattern>
        <pattern id={pat('diagonal')} width="6" height="6" patternUnits="userSpaceOnUse"><path d="M-1 7L7 -1M-1 1L1 -1M5 7L7 5" /></pattern>
        <pattern id={pat('cross')} width="6" height="6" patternUnits="userSpaceOnUse"><path d="M-1 7L7 -1M-1 -1L7 7" /></pattern>
        <pattern id={pat('vertical')} width="5" height="6" patternUnits="userSpaceOnUse"><path d="M2.5 0V6" /></pattern>
        <pattern id={pat('horizontal')} width="6" height="5" patternUnits="userSpaceOnUse"><path d="M0 2.5H6" /></pattern>
      </defs>
      {layouts.map((layout, r) => (
        <g key={r} className="timeline__row" data-row={r} transform={`translate(0 ${r * rowH})`}>
          {rows.length > 1 && <title>{rows[r].name}</title>}
          {layout.bands.map((b) => (
            <g key={`${b.session}-${b.stage}`} className={`timeline__band timeline__band--${b.stage}`}>
              <title>{rows.length > 1 ? `${rows[r].name}: ${stageName(b.stage, rows[r].indication)}` : stageName(b.stage, rows[r].indication)}</title>
              <rect x={b.x} y={0} width={b.width} height={rowH} />
              {PATTERN[b.stage] && <rect className="timeline__pattern" x={b.x} y={rowH - (rows.length > 1 ? 6 : 9)} width={b.width} height={rows.length > 1 ? 6 : 9} fill={`url(#${pat(PATTERN[b.stage]!)})`} />}
              {/* The short form's full name is in the band's title (its tooltip) and the strip's description. */}
              {b.showLabel && <text x={b.x + b.width / 2} y={rowH / 2 - (rows.length > 1 ? 3 : 4)} textAnchor="middle" dominantBaseline="central">{b.shortLabel ? stageShortName(b.stage, rows[r].indication) : stageName(b.stage, rows[r].indication)}</text>}
            </g>
          ))}
          {layout.sessions.map((s) => (
            <g key={s.index} className="timeline__session">
              <title>{t('transport.timeline.session', { number: s.index + 1 })}</title>
              <line x1={s.x} x2={s.x} y1={0} y2={rowH} />
              <path d={`M${s.x - 5} ${rowH} L${s.x + 5} ${rowH} L${s.x} ${rowH - 7} Z`} />
            </g>
          ))}
        </g>
      ))}
      {layouts[0].ticks.map((k) => (
        <g key={k.id} className="timeline__tick">
          <line x1={k.x} x2={k.x} y1={bandsH} y2={bandsH + 4} />
          {k.showLabel && <text x={k.x} y={bandsH + 12} textAnchor={k.anchor}>{t(`transport.ticks.${k.id}`)}</text>}
        </g>
      ))}
    </svg>
  );
});
