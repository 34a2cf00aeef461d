// Spanish messages: share. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { share as en } from '../en/share';

export const share: Messages<typeof en> = {
  open: 'Compartir',
  title: 'Compartir esta vista',
  intro: 'Este enlace abre Corium mostrando exactamente lo que ve ahora: el escenario, el momento, la vista y el modo.',
  link: 'Enlace',
  copy: 'Copiar enlace',
  copied: 'Enlace copiado.',
  copyFallback: 'El enlace está seleccionado: pulse Ctrl+C (o ⌘+C) para copiarlo.',
  qr: 'Código QR del enlace, para la cámara de un teléfono',
  picture: 'Descargar imagen (PNG)',
  pictureNoWebgl: 'Sin imagen: este dispositivo no puede mostrar la vista 3D.',
  pictureNotReady: 'La vista 3D aún se está cargando; inténtelo de nuevo en un momento.',
  pictureFailed: 'No se pudo crear la imagen.',
  pictureSaved: 'Imagen guardada.',
  caption: '{{scenario}} — {{time}}',
  captionCompare: '{{scenario}} (izquierda) y {{compare}} (derecha) — {{time}}',
  fileName: 'corium-{{scenario}}-{{hours}}h.png',
};
