// Punctures: instanced micro-channels and their healing, for the block in context (useBlock). Work in progress: draws nothing yet.
export function Punctures() {
  return null;
}
