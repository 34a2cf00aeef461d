// Spanish messages: layers. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { layers as en } from '../en/layers';

export const layers: Messages<typeof en> = {
  title: 'Capas',
  site: 'Zona del cuerpo',
  show: {
    layers: 'Mostrar capas',
    structures: 'Mostrar estructuras',
    labels: 'Mostrar etiquetas',
    labelsNoRoom: 'Nombres ocultos: no caben junto al bloque.',
  },
  parts: {
    corneum: 'Células muertas de la superficie (estrato córneo)',
    epidermis: 'Epidermis viva',
    papillary: 'Dermis superior (papilar)',
    reticular: 'Dermis profunda (reticular)',
    hypodermis: 'Grasa (hipodermis)',
    vessels: 'Vasos sanguíneos',
    follicles: 'Folículos pilosos',
    glands: 'Glándulas sebáceas y sudoríparas',
    nerves: 'Nervios',
    cells: 'Células reparadoras',
    fibres: 'Fibras de colágeno',
    punctures: 'Agujeros de las agujas',
  },
  layout: {
    legend: 'Vista',
    cutaway: 'Bloque abierto',
    exploded: 'Capas separadas',
  },
  stain: {
    label: 'Colores',
    natural: 'Colores naturales',
    he: 'Preparación con H&E',
    trichrome: 'Tricrómico de Masson (colágeno azul)',
  },
  zoom: {
    legend: 'Zoom',
    tissue: 'Bloque entero (mm)',
    channel: 'Un agujero de aguja (0,1 mm)',
    cells: 'Células sueltas (10 µm)',
    surface: 'Superficie de la piel, como la ve el ojo',
  },
  camera: {
    toolbar: 'Cámara',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    rotateLeft: 'Girar a la izquierda',
    rotateRight: 'Girar a la derecha',
    reset: 'Restablecer la vista',
  },
  // The scale bar under the 3D view.
  scale: { mm: '{{value}} mm', um: '{{value}} µm' },
  overlay: {
    stratumCorneum: 'Estrato córneo',
    viableEpidermis: 'Epidermis viva',
    papillaryDermis: 'Dermis papilar',
    reticularDermis: 'Dermis reticular',
    hypodermis: 'Hipodermis (grasa)',
    nerveEndings: 'Terminaciones nerviosas',
    capillaryLoops: 'Asas capilares',
    subpapillaryPlexus: 'Plexo subpapilar',
    deepPlexus: 'Plexo vascular profundo',
    scarFloor: 'Fondo de la cicatriz',
    scarTissue: 'Tejido cicatricial',
    tetheringBand: 'Banda de anclaje',
    wrinkleFurrow: 'Surco de la arruga',
    elastoticMaterial: 'Material elastótico',
    stretchMark: 'Estría',
    striaeCollagen: 'Colágeno fino y paralelo',
    enlargedPore: 'Poro dilatado',
  },
  // The layers panel's key to a treated condition's parts (the overlay labels above, with what each is).
  conditionParts: {
    title: 'Las partes de esta afección',
    what: {
      scarFloor: 'El fondo de la depresión. El colágeno nuevo puede elevarlo a lo largo de un curso.',
      scarTissue: 'Colágeno denso en filas rectas, sin folículos pilosos ni glándulas.',
      tetheringBand: 'Cordones duros que sujetan la cicatriz a la grasa. Las agujas no los cortan.',
      wrinkleFurrow: 'El surco de la línea en la superficie.',
      elastoticMaterial: 'Grumos de fibras elásticas dañadas por años de sol, justo bajo la epidermis.',
      stretchMark: 'Una banda poco profunda donde la piel es fina y plana.',
      striaeCollagen: 'Haces finos de colágeno, uno junto a otro, con fibras elásticas rotas.',
      enlargedPore: 'La abertura ancha de un folículo piloso, con su glándula sebácea debajo.',
    },
  },
};
