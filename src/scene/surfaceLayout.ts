// How the canvas is shared in the surface view, as SplitRenderer last drew it: the section beside
// the surface (right half), the surface alone (narrow screens), both blocks' surfaces (comparing),
// or no surface at all. The label overlay follows it so labels sit on the section they name.
import { create } from 'zustand';

export type SurfaceLayout = 'off' | 'beside' | 'alone' | 'both';

export const useSurfaceLayout = create<{ layout: SurfaceLayout; setLayout(l: SurfaceLayout): void }>()((set, get) => ({
  layout: 'off',
  setLayout: (layout) => { if (get().layout !== layout) set({ layout }); },
}));
