// SkinStructures: follicle, sebaceous and sweat glands, nerve endings, for the block in context (useBlock). Work in progress: draws nothing yet.
export function SkinStructures() {
  return null;
}
