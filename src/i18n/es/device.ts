// Spanish messages: device. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { device as en } from '../en/device';

export const device: Messages<typeof en> = {
  title: 'Dispositivo',
  device: 'Dispositivo',
  kinds: { roller: 'Rodillo', pen: 'Pluma' },
  fields: {
    depthMm: 'Profundidad de la aguja (mm)',
    passes: 'Pasadas',
    penHz: 'Velocidad de la pluma (Hz)',
  },
  notShown: 'Cambia un ajuste para tratar con estos ajustes.',
  input: {
    empty: '{{label}}: escribe un número de {{min}} a {{max}}.',
    notNumber: '{{label}}: «{{value}}» no es un número. Usa de {{min}} a {{max}}.',
    tooLow: '{{label}}: {{value}} es menos de {{min}}, el mínimo permitido.',
    tooHigh: '{{label}}: {{value}} es más de {{max}}, el máximo permitido.',
    notWhole: '{{label}}: usa un número entero.',
    settled: '{{message}} Se ha puesto {{settled}}.',
  },
  patient: {
    legend: 'La persona',
    keloidProne: 'Tendencia a queloides o cicatrices abultadas',
    activeAcne: 'Acné activo o infección de la piel',
    anticoagulant: 'Toma anticoagulantes',
  },
  dose: {
    heading: 'Lo que hace esta dosis',
    holes: 'Agujeros por cm²',
    surface: 'Superficie abierta',
    depth: 'Profundidad alcanzada',
    bleeding: 'Sangrado en puntitos',
    yes: 'sí',
    no: 'no',
    pain: 'Índice de dolor',
    painValue: '{{value}} (1 = una inyección con aguja)',
    reached: 'Llega a',
    reachedNone: 'nada por debajo de la capa de la superficie',
    percent: '{{value}} %',
    mm: '{{value}} mm',
  },
  structures: {
    nerveEndings: 'las terminaciones nerviosas',
    capillaryLoops: 'los vasos sanguíneos diminutos (asas capilares)',
    subpapillaryPlexus: 'la red de vasos sanguíneos superior',
    sebaceousGlands: 'las glándulas de grasa',
    follicleBulbs: 'las raíces del pelo',
    deepPlexus: 'la red de vasos sanguíneos profunda',
  },
  warnings: {
    heading: 'Avisos',
    'keloid-tendency': 'No tratar con agujas: esta persona tiene tendencia a queloides o cicatrices abultadas. Las agujas dañan la dermis y pueden iniciar una cicatriz abultada.',
    'active-acne': 'No tratar con agujas: hay acné activo o infección. Las agujas pueden extender los gérmenes, alargar la inflamación y dejar manchas oscuras.',
    anticoagulant: 'No tratar con agujas: anticoagulantes o un trastorno de la coagulación. Habrá más sangrado y moratones, y el coágulo se forma más despacio.',
    'reaches-fat': 'En esta zona las agujas pasan la dermis ({{depth}} mm) y llegan a la grasa de debajo. Elige una aguja más corta.',
  },
};
