// Spanish messages: panels. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { panels as en } from '../en/panels';

export const panels: Messages<typeof en> = {
  scenario: {
    title: 'Escenario',
    label: 'Escenario',
    compare: 'Comparar con',
    compareNone: 'Nada',
    groups: {
      yours: 'Lo tuyo',
      microneedling: 'Microagujas',
      conditions: 'Afecciones tratadas',
      uncontrolled: 'Heridas',
      'what-if': '¿Y si…?',
    },
  },
  treat: {
    title: 'Tratar',
    region: 'Tratar la piel',
    apply: 'Dar una pasada',
    clear: 'Borrar mis punciones',
    off: 'No se puede tratar: este escenario es una herida, no un tratamiento con microagujas.',
    count_one: '{{total}} punción ({{yours}} tuyas)',
    count_other: '{{total}} punciones ({{yours}} tuyas)',
    density: '{{density}} agujeros/cm² en este bloque (modelo: {{model}} con {{passes}})',
    passes_one: '{{n}} pasada',
    passes_other: '{{n}} pasadas',
    depth: 'profundidad alcanzada {{depth}} mm',
    bleedingYes: 'sangrado en puntitos: sí (llega a los vasos sanguíneos diminutos)',
    bleedingNo: 'sangrado en puntitos: no',
    hint: 'O arrastra por encima del bloque: las punciones se hacen en el momento actual.',
    captionPen_one: 'Pluma a cámara lenta, {{n}} pasada: en realidad {{hz}} Hz (se muestra a {{shownHz}} Hz), avanzando a {{glide}} cm/s; {{needles}} agujas llegan a {{depth}} mm. El cartucho se dibuja con la punta de {{tip}} mm del modelo.',
    captionPen_other: 'Pluma a cámara lenta, {{n}} pasadas: en realidad {{hz}} Hz (se muestra a {{shownHz}} Hz), avanzando a {{glide}} cm/s; {{needles}} agujas llegan a {{depth}} mm. El cartucho se dibuja con la punta de {{tip}} mm del modelo.',
    captionRoller_one: 'Rodillo a tamaño real (tambor de {{drum}} mm; solo se dibuja su arco más bajo sobre el bloque), a cámara lenta, {{n}} pasada. La piel se hunde bajo el tambor: solo entran {{depth}} mm de las agujas de {{needle}} mm.',
    captionRoller_other: 'Rodillo a tamaño real (tambor de {{drum}} mm; solo se dibuja su arco más bajo sobre el bloque), a cámara lenta, {{n}} pasadas. La piel se hunde bajo el tambor: solo entran {{depth}} mm de las agujas de {{needle}} mm.',
  },
  wound: {
    title: 'Crear una herida',
    kind: 'Tipo de herida',
    kinds: { cut: 'Corte', burn: 'Quemadura', acne: 'Quiste de acné' },
    depth: 'Profundidad (mm)',
    width: 'Anchura (mm)',
    length: 'Longitud (mm)',
    keloidProne: 'Tendencia a queloides (cicatrices abultadas que crecen)',
    reset: 'Restablecer la herida',
    notShown: 'Cambia un ajuste para ver esta herida.',
    outcome: 'Resultado probable: {{outcome}}.',
    outcomes: {
      resolved: 'se cura sin cicatriz',
      normotrophic: 'una cicatriz plana',
      hypertrophic: 'una cicatriz abultada (hipertrófica)',
      atrophic: 'una cicatriz hundida (atrófica)',
      keloid: 'un queloide, una cicatriz que crece más allá de la herida',
    },
  },
};
