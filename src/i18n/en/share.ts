// English messages: share. Keys are grouped by what the user sees; plural forms end _one/_other.
export const share = {
  open: 'Share',
  title: 'Share this view',
  intro: 'This link opens Corium showing exactly what you see now: the scenario, the time, the view and the mode.',
  link: 'Link',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFallback: 'The link is selected: press Ctrl+C (or ⌘+C) to copy it.',
  qr: 'QR code of the link, for a phone camera',
  picture: 'Download picture (PNG)',
  pictureNoWebgl: 'No picture: this device cannot show the 3D view.',
  pictureNotReady: 'The 3D view is still loading; try again in a moment.',
  pictureFailed: 'The picture could not be made.',
  pictureSaved: 'Picture saved.',
  caption: '{{scenario}} — {{time}}',
  captionCompare: '{{scenario}} (left) and {{compare}} (right) — {{time}}',
  fileName: 'corium-{{scenario}}-{{hours}}h.png',
};
