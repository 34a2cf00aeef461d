// Spanish messages: charts. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { charts as en } from '../en/charts';

export const charts: Messages<typeof en> = {
  title: 'Gráficas',
  intro: 'Cómo cambia la curación con el tiempo. Haz clic o arrastra sobre una gráfica para ir a ese momento.',
  key: {
    label: 'Qué línea es cada una',
    solid: 'Línea continua: {{scenario}}',
    dashed: 'Línea discontinua: {{scenario}}',
  },
  groups: {
    cells: { title: 'Células de defensa', unit: '1 = el máximo de células tras un corte profundo' },
    blood: { title: 'Flujo de sangre', unit: '1 = piel normal' },
    redness: { title: 'Enrojecimiento', unit: '0 = nada, 1 = rojo intenso' },
    collagen: { title: 'Colágeno', unit: '1 = todo el colágeno de la piel normal' },
    structure: { title: 'Orden de las fibras y resistencia', unit: 'de 0 a 1; resistencia 1 = tan fuerte como la piel sana' },
  },
  signals: {
    neutrophils: 'Neutrófilos (primeros en llegar)',
    macrophages: 'Macrófagos (células de limpieza)',
    perfusion: 'Flujo de sangre',
    erythema: 'Enrojecimiento',
    collagenI: 'Colágeno I (fuerte, maduro)',
    collagenIII: 'Colágeno III (joven, blando)',
    alignment: 'Orden de las fibras (1 = todas paralelas)',
    strength: 'Resistencia',
    closure: 'Superficie cerrada',
  },
  chartLabel: 'Gráfica: {{title}} a lo largo del tiempo',
  condition: { summary: '{{measure}}, {{scenario}}: {{start}} al principio, {{end}} al final ({{endTime}}); ahora {{now}}.' },
  summary: '{{signal}}, {{scenario}}: máximo {{peak}} ({{peakTime}}); ahora {{now}}.',
  download: 'Descargar CSV',
  fileName: 'corium-graficas',
};
