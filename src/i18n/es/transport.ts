// Spanish messages: transport. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { transport as en } from '../en/transport';

export const transport: Messages<typeof en> = {
  bar: 'Control del tiempo',
  play: 'Reproducir',
  pause: 'Pausa',
  stepForward: 'Avanzar etapa',
  forwardALittle: 'Avanzar un poco',
  reset: 'Reiniciar todo',
  speed: {
    label: 'Velocidad',
    slow: 'Lenta',
    normal: 'Normal',
    fast: 'Rápida',
  },
  time: {
    label: 'Tiempo simulado',
    now: '{{time}} · {{stage}}',
  },
  timeline: {
    summary: 'Línea de tiempo de las etapas de la curación: {{stages}}.',
    stageFrom: '{{stage}} desde {{time}}',
    sessions: 'Sesiones de tratamiento a los {{times}}.',
    session: 'Sesión {{number}}',
    left: 'Bloque izquierdo, {{name}}: {{stages}}',
    right: 'Bloque derecho, {{name}}: {{stages}}',
  },
  ticks: {
    hour: '1 h',
    day: '1 día',
    week: '1 semana',
    month: '1 mes',
    year: '1 año',
  },
};
