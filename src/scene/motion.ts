// Reduced-motion preference, read where animation is decided (shaders freeze their motion clock).
// Several callers read it every frame: one live MediaQueryList (it follows the setting) is kept,
// since building a query costs far more than reading `matches`.
let query: MediaQueryList | null | undefined;

export function prefersReducedMotion(): boolean {
  if (query === undefined) {
    query = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  }
  return query?.matches ?? false;
}
