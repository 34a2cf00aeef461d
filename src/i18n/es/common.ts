// Spanish messages shared by the whole app: its frame, link notices, errors and graphics status.
import type { Messages } from '../types';
import type { common as en } from '../en/common';

export const common: Messages<typeof en> = {
  app: {
    title: 'Corium',
    tagline: 'Cómo se cura la piel',
    canvasLabel: 'Bloque de piel en 3D, abierto para mostrar sus capas y cómo se cura',
    panels: 'Paneles',
    loading: 'Cargando…',
    close: 'Cerrar',
    dismiss: 'Descartar',
  },
  time: {
    minutes_one: '{{count}} min',
    minutes_other: '{{count}} min',
    hours_one: '{{count}} h',
    hours_other: '{{count}} h',
    dayHours: 'Día {{day}}, {{hours}} h',
    day: 'Día {{day}}',
    months_one: '{{count}} mes',
    months_other: '{{count}} meses',
    years_one: '{{count}} año',
    years_other: '{{count}} años',
    yearsMonths: '{{years}} y {{months}}',
  },
  language: {
    label: 'Idioma',
    en: 'English',
    es: 'Español',
  },
  notices: {
    unreadable: 'No se pudo leer el enlace; se muestra la vista predeterminada.',
    scenario: 'Escenario desconocido «{{value}}»; se muestra «{{fallback}}».',
    compare: 'Escenario de comparación desconocido «{{value}}»; no se compara nada.',
    time: 'El tiempo «{{value}}» no es un número de horas desde 0; se empieza en 0.',
    timeTooLate: 'El tiempo {{value}} h supera los dos años simulados; se muestra el final.',
    view: 'Vista desconocida «{{value}}»; use {{allowed}}. Se muestra el tejido.',
    site: 'Zona del cuerpo desconocida «{{value}}»; use {{allowed}}.',
    mode: 'Modo desconocido «{{value}}»; use {{allowed}}. Se muestra explorar.',
    lang: 'Idioma desconocido «{{value}}»; use {{allowed}}.',
    custom: 'No se usó la prueba personalizada del enlace: {{problem}}. Se muestra el escenario predeterminado.',
  },
  errors: {
    stopped: 'La zona «{{area}}» dejó de funcionar.',
    restWorks: 'El resto de Corium sigue funcionando.',
    reason: 'Motivo: {{message}}',
    unknown: 'error desconocido',
    reset: 'Reiniciar: {{area}}',
    resetExplained: 'Reiniciar vuelve al escenario predeterminado en el tiempo 0.',
    areaView: 'vista 3D',
    areaPanels: 'paneles',
  },
  graphics: {
    noWebgl: 'Este dispositivo no pudo iniciar los gráficos 3D (WebGL), así que no se muestra la vista 3D de la piel.',
    noWebglMore: 'La descripción de la piel, su etapa de curación y todos los controles siguen funcionando: cambie el escenario o el tiempo y el texto lo sigue. Para ver la imagen, pruebe otro navegador, active la aceleración por hardware en los ajustes del navegador o actualice el controlador gráfico.',
    restoring: 'Los gráficos 3D se interrumpieron; restaurando la imagen…',
  },
};
