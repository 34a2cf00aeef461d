// English messages: charts. Keys are grouped by what the user sees; plural forms end _one/_other.
export const charts = {
  title: 'Charts',
  intro: 'How healing changes over time. Click or drag on a chart to go to that moment.',
  key: {
    label: 'Which line is which',
    solid: 'Solid line: {{scenario}}',
    dashed: 'Dashed line: {{scenario}}',
  },
  groups: {
    cells: { title: 'Immune cells', unit: '1 = the most cells after a deep cut' },
    blood: { title: 'Blood flow', unit: '1 = normal skin' },
    redness: { title: 'Redness', unit: '0 = none, 1 = deep red' },
    collagen: { title: 'Collagen', unit: '1 = all the collagen of normal skin' },
    structure: { title: 'Fibre order and strength', unit: '0 to 1; strength 1 = as strong as unhurt skin' },
  },
  signals: {
    neutrophils: 'Neutrophils (first helpers)',
    macrophages: 'Macrophages (clean-up cells)',
    perfusion: 'Blood flow',
    erythema: 'Redness',
    collagenI: 'Collagen I (strong, mature)',
    collagenIII: 'Collagen III (young, soft)',
    alignment: 'Fibre order (1 = all parallel)',
    strength: 'Strength',
    closure: 'Surface closed',
  },
  chartLabel: 'Chart: {{title}} over time',
  summary: '{{signal}}, {{scenario}}: highest {{peak}} ({{peakTime}}); now {{now}}.',
  // A treated condition's measure (its name, range and sources come from the explain catalogue).
  condition: { summary: '{{measure}}, {{scenario}}: {{start}} at the start, {{end}} at the end ({{endTime}}); now {{now}}.' },
  download: 'Download CSV',
  fileName: 'corium-charts',
};
