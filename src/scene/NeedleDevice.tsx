// NeedleDevice: the roller or pen, animated, for the block in context (useBlock). Work in progress: draws nothing yet.
export function NeedleDevice() {
  return null;
}
