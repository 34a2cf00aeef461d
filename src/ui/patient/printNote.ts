// The patient's name and a note typed for the printout. Held in memory only, on purpose: never
// written to the address, storage or any request (tested), and gone when the page closes.
import { create } from 'zustand';

export const usePrintNote = create<{ name: string; note: string; set(v: { name?: string; note?: string }): void }>()((set) => ({
  name: '',
  note: '',
  set: (v) => set(v),
}));
