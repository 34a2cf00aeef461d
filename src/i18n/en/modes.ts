// English messages: modes. Keys are grouped by what the user sees; plural forms end _one/_other.
export const modes = {
  switch: {
    label: 'Mode',
    explore: 'Explore',
    patient: 'Patient',
    presenter: 'Presenter',
  },
  presenter: {
    tools: 'Presenter tools',
    fullscreen: 'Full screen',
    exitFullscreen: 'Exit full screen',
    fullscreenRefused: 'Full screen is not allowed here. Try the browser’s own full-screen key (often F11).',
    openAudience: 'Open audience window',
    openAudienceShort: 'Audience window',
    audienceBlocked: 'The browser blocked the new window. Allow pop-ups for this page and try again.',
    audienceOpen: 'Audience window is open. Move it to the projector.',
    pointer: 'Pointer',
    pointerHint: 'Point at the picture: a ring shows where, in the audience window too.',
  },
  audience: {
    title: 'Audience view',
    waiting: 'Waiting for the presenter…',
  },
  display: {
    open: 'Display',
    title: 'Display settings',
    palette: 'Colours',
    paletteDefault: 'Standard',
    paletteContrast: 'High contrast',
    textSize: 'Text size',
    textNormal: 'Normal',
    textLarge: 'Large',
    textLarger: 'Larger',
    saved: 'These settings are kept on this device only.',
  },
};
