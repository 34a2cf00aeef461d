// English messages: transport. Keys are grouped by what the user sees; plural forms end _one/_other.
export const transport = {
  bar: 'Time controls',
  play: 'Play',
  pause: 'Pause',
  stepForward: 'Step forward',
  forwardALittle: 'Forward a little',
  reset: 'Reset all',
  speed: {
    label: 'Speed',
    slow: 'Slow',
    normal: 'Normal',
    fast: 'Fast',
  },
  time: {
    label: 'Simulated time',
    now: '{{time}} · {{stage}}',
  },
  timeline: {
    summary: 'Timeline of the healing stages: {{stages}}.',
    stageFrom: '{{stage}} from {{time}}',
    sessions: 'Treatment sessions at {{times}}.',
    session: 'Session {{number}}',
    left: 'Left block, {{name}}: {{stages}}',
    right: 'Right block, {{name}}: {{stages}}',
  },
  ticks: {
    hour: '1 h',
    day: '1 day',
    week: '1 week',
    month: '1 month',
    year: '1 year',
  },
};
