// English messages: layers. Keys are grouped by what the user sees; plural forms end _one/_other.
export const layers = {
  title: 'Layers',
  site: 'Body site',
  show: {
    layers: 'Show layers',
    structures: 'Show structures',
    structuresExploded: 'Pulled apart, each layer is shown alone. Choose “Cut-away block” to see the structures.',
    labels: 'Show labels',
  },
  // One name per part of the block (src/state/parts.ts), plain words first.
  parts: {
    corneum: 'Dead surface cells (stratum corneum)',
    epidermis: 'Living epidermis',
    papillary: 'Upper dermis (papillary)',
    reticular: 'Deep dermis (reticular)',
    hypodermis: 'Fat (hypodermis)',
    vessels: 'Blood vessels',
    follicles: 'Hair follicles',
    glands: 'Oil and sweat glands',
    nerves: 'Nerves',
    cells: 'Repair cells',
    fibres: 'Collagen fibres',
    punctures: 'Needle holes',
  },
  layout: {
    legend: 'View',
    cutaway: 'Cut-away block',
    exploded: 'Layers pulled apart',
  },
  stain: {
    label: 'Colours',
    natural: 'Natural colours',
    he: 'H&E slide',
    trichrome: 'Masson trichrome (collagen blue)',
  },
  zoom: {
    legend: 'Zoom',
    tissue: 'Whole block (mm)',
    channel: 'One needle hole (0.1 mm)',
    cells: 'Single cells (10 µm)',
    surface: 'Skin surface, as the eye sees it',
  },
  camera: {
    toolbar: 'Camera',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    rotateLeft: 'Rotate left',
    rotateRight: 'Rotate right',
    reset: 'Reset view',
  },
  // Labels drawn beside the block (scene overlay), by anchor id.
  // The scale bar under the 3D view.
  scale: { mm: '{{value}} mm', um: '{{value}} µm' },
  overlay: {
    stratumCorneum: 'Stratum corneum',
    viableEpidermis: 'Living epidermis',
    papillaryDermis: 'Papillary dermis',
    reticularDermis: 'Reticular dermis',
    hypodermis: 'Hypodermis (fat)',
    nerveEndings: 'Nerve endings',
    capillaryLoops: 'Capillary loops',
    subpapillaryPlexus: 'Subpapillary plexus',
    deepPlexus: 'Deep vascular plexus',
  },
};
