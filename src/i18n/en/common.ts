// English messages shared by the whole app: its frame, link notices, errors and graphics status.
export const common = {
  app: {
    title: 'Corium',
    tagline: 'How skin heals',
    canvasLabel: '3D block of skin, cut open to show its layers and how it heals',
    panels: 'Panels',
    loading: 'Loading…',
    close: 'Close',
    dismiss: 'Dismiss',
  },
  language: {
    label: 'Language',
    en: 'English',
    es: 'Español',
  },
  notices: {
    unreadable: 'The link could not be read; showing the default view.',
    scenario: 'Unknown scenario "{{value}}"; showing "{{fallback}}" instead.',
    compare: 'Unknown comparison scenario "{{value}}"; showing no comparison.',
    time: 'Time "{{value}}" is not a number of hours from 0; starting at 0.',
    timeTooLate: 'Time {{value}} h is past the two years simulated; showing the end.',
    view: 'Unknown view "{{value}}"; use {{allowed}}. Showing tissue.',
    site: 'Unknown body site "{{value}}"; use {{allowed}}.',
    mode: 'Unknown mode "{{value}}"; use {{allowed}}. Showing explore.',
    lang: 'Unknown language "{{value}}"; use {{allowed}}.',
    custom: 'The custom run in the link was not used: {{problem}}. Showing the default scenario.',
  },
  errors: {
    stopped: 'The {{area}} stopped working.',
    restWorks: 'The rest of Corium still works.',
    reason: 'Reason: {{message}}',
    unknown: 'unknown error',
    reset: 'Reset the {{area}}',
    resetExplained: 'Reset goes back to the default scenario at time 0.',
    areaView: '3D view',
    areaPanels: 'panels',
  },
  graphics: {
    noWebgl: 'This device could not start 3D graphics (WebGL), so the 3D view of the skin is not shown.',
    noWebglMore: 'The description of the skin, its healing stage and all the controls still work: change the scenario or the time and the text follows. To see the picture, try another browser, turn on hardware acceleration in the browser’s settings, or update the graphics driver.',
    restoring: '3D graphics were interrupted; restoring the picture…',
  },
};
