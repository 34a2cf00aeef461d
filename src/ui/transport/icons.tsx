// Inline SVG icons for the transport buttons (no icon font, nothing to download): decorative,
// since every button also shows its name as text.
const ICON_PATHS = {
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M6 4.5h4.5v15H6zM13.5 4.5H18v15h-4.5z',
  stepForward: 'M5 4.5v15l10-7.5zM16 4.5h3v15h-3z',
  forwardALittle: 'M8 5l7 7-7 7',
  reset: 'M12 5a7 7 0 1 1-6.6 4.7M5 4v5h5',
  keyboard: 'M3 7h18v11H3zM6 10h1M9 10h1M12 10h1M15 10h1M18 10h0M7 15h10',
} as const;

export type IconName = keyof typeof ICON_PATHS;
const FILLED: ReadonlySet<IconName> = new Set(['play', 'pause', 'stepForward']);

export function Icon({ name }: { name: IconName }) {
  const filled = FILLED.has(name);
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[name]} fill={filled ? 'currentColor' : 'none'} stroke={filled ? 'none' : 'currentColor'}
        strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
