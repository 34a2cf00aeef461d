// Vasculature: capillary loops, plexuses and blood flow, for the block in context (useBlock). Work in progress: draws nothing yet.
export function Vasculature() {
  return null;
}
