// Development and test switches read once from the address: `?test` (test hooks), `?fuzz`
// (random input with assertions, see ui/fuzz.ts), `?test&crash=AREA` (throws once inside AREA),
// `?test&pseudo=accented|rtl` (a pseudo-locale), `?test&detail=hold` (the 3D block keeps its flat
// first picture until the test lets the full textures compile, scene/firstPicture.ts), and
// `?audience` (presenter mode's second window).
// Not preferences: nothing here is remembered.

const params = typeof window === 'undefined' ? new URLSearchParams() : new URLSearchParams(window.location.search);

/** `?test`: readable frames, the store on `window.__corium` (the surface strip's on `window.__coriumStrip`), render counts on `window.__coriumRenderInfo`. */
export const TEST_MODE = params.has('test');
/** `?audience`: the audience window of presenter mode: the 3D view and its caption only, following the presenter. */
export const AUDIENCE = params.has('audience');
/** `?fuzz`: hammers the UI with seeded random input (works with or without `?test`). */
export const FUZZ_MODE = params.has('fuzz');
/** `?test&crash=scene|panels`: a deliberate render error, so the error boundaries can be tested. Ignored without `?test`. */
export const CRASH_AREA = TEST_MODE ? params.get('crash') : null;

/** `?test&detail=hold`: the block keeps its flat first picture until `window.__coriumShowDetail()`. Ignored without `?test`. */
export const HOLD_DETAIL = TEST_MODE && params.get('detail') === 'hold';

/** `?test&pseudo=accented|rtl`: every string from a pseudo-locale (untranslated-string and RTL tests). */
export const PSEUDO_LOCALE = TEST_MODE ? (['accented', 'rtl'] as const).find((k) => k === params.get('pseudo')) ?? null : null;

/** Reads an integer switch such as `?seed=42`, or the fallback when absent or malformed. */
export function intParam(name: string, fallback: number): number {
  const raw = params.get(name);
  const n = raw === null ? NaN : Number(raw);
  return Number.isSafeInteger(n) && n >= 0 ? n : fallback;
}
