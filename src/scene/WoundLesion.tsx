// WoundLesion: the uncontrolled wound and its scar, for the block in context (useBlock). Work in progress: draws nothing yet.
export function WoundLesion() {
  return null;
}
