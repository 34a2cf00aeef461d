// Spanish messages: help. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { help as en } from '../en/help';

export const help: Messages<typeof en> = {
  shortcuts: {
    open: 'Atajos de teclado',
    title: 'Atajos de teclado',
    intro: 'Estas teclas funcionan en cualquier sitio, salvo mientras escribes o eliges en un campo.',
    key: 'Tecla',
    action: 'Qué hace',
    or: 'o',
    enable: 'Usar atajos de una sola tecla',
    enableHint: 'Desactívalos si usas control por voz o si pulsas teclas sin querer. Los botones siguen funcionando.',
  },
  actions: {
    playPause: 'Reproducir o pausar',
    nextStage: 'Avanzar a la siguiente etapa de la curación',
    previousStage: 'Volver a la etapa anterior de la curación',
    forwardALittle: 'Avanzar un poco',
    backALittle: 'Retroceder un poco',
    toStart: 'Ir al principio',
    toEnd: 'Ir al final',
    slow: 'Velocidad lenta',
    normal: 'Velocidad normal',
    fast: 'Velocidad rápida',
    help: 'Mostrar esta lista',
  },
  keys: {
    space: 'Espacio',
    shiftRight: 'Mayús + →',
    shiftLeft: 'Mayús + ←',
    period: '.',
    comma: ',',
    right: '→',
    left: '←',
    home: 'Inicio',
    end: 'Fin',
    one: '1',
    two: '2',
    three: '3',
    question: '?',
  },
};
