// Spanish messages: modes. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { modes as en } from '../en/modes';

export const modes: Messages<typeof en> = {
  switch: {
    label: 'Modo',
    explore: 'Explorar',
    patient: 'Paciente',
    presenter: 'Presentación',
  },
  presenter: {
    tools: 'Herramientas de presentación',
    fullscreen: 'Pantalla completa',
    exitFullscreen: 'Salir de pantalla completa',
    fullscreenRefused: 'Aquí no se permite la pantalla completa. Pruebe la tecla de pantalla completa del navegador (a menudo F11).',
    openAudience: 'Abrir ventana para el público',
    openAudienceShort: 'Ventana para el público',
    audienceBlocked: 'El navegador bloqueó la ventana nueva. Permita las ventanas emergentes de esta página e inténtelo de nuevo.',
    audienceOpen: 'La ventana para el público está abierta. Llévela al proyector.',
    pointer: 'Puntero',
    pointerHint: 'Señale la imagen: un círculo muestra dónde, también en la ventana del público.',
  },
  audience: {
    title: 'Vista para el público',
    waiting: 'Esperando a la persona que presenta…',
  },
  display: {
    open: 'Pantalla',
    title: 'Ajustes de pantalla',
    palette: 'Colores',
    paletteDefault: 'Estándar',
    paletteContrast: 'Alto contraste',
    textSize: 'Tamaño del texto',
    textNormal: 'Normal',
    textLarge: 'Grande',
    textLarger: 'Más grande',
    saved: 'Estos ajustes se guardan solo en este dispositivo.',
  },
};
