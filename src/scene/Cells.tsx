// Cells: instanced immune cells and fibroblasts, for the block in context (useBlock). Work in progress: draws nothing yet.
export function Cells() {
  return null;
}
