// CollagenField: instanced collagen and elastin fibres, for the block in context (useBlock). Work in progress: draws nothing yet.
export function CollagenField() {
  return null;
}
