// English messages: explain — the explanation panel, the canvas's live description, the stage
// diagram, the Sources and About dialogs and the disclaimer. Stage names live in ONE place,
// `explain.stages.<stage>`, for every part of the app that names a stage. `plain` texts are for
// everyone (reading grade ≤ 8, tested); `expert` texts use the terms and the model's numbers.
// The sources' English topics and findings are the model's own (src/model/sources.ts), so the
// CLI and the app cannot drift apart; Spanish translates them in es/explain.ts.
import { source, SOURCES, TRANSITIONS, type SourceId } from '../../model';

/** The model's source table as catalogue entries, keyed by source id. */
const sourceItems = Object.fromEntries(SOURCES.map((s) => [s.id, { topic: s.topic, finding: s.finding }])) as Record<SourceId, { topic: string; finding: string }>;

/** Sources whose caveat the app must show (the test checks this is every one with a caveat). */
const CAVEAT_IDS = ['gill2008', 'kalluri2011', 'aust2010', 'collagen-400-unconfirmed', 'dunkin2007', 'lotfi2013-scars', 'vondalwig2020',
  'majid2009', 'pmc6122507', 'park2012', 'mohamedali2017', 'alster-li2020', 'pores-no-outcome', 'model-striae-red'] as const satisfies readonly SourceId[];
const caveats = Object.fromEntries(CAVEAT_IDS.map((id) => [id, source(id).caveat ?? ''])) as Record<(typeof CAVEAT_IDS)[number], string>;
/** Sources cited by a description rather than a paper ("Textbook value"): their citation is translated too. */
const DESCRIBED_CITATION_IDS = [
  'palm-thick-skin', 'papillary-fifth', 'hypodermis', 'rete-ridges', 'capillary-loops', 'follicles', 'sebaceous', 'needle-length',
  'depth-by-purpose', 'pen-device', 'pen-dose-derived', 'roller-dose-derived', 'stage-hemostasis', 'stage-inflammation',
  'stage-proliferation', 'normal-collagen', 'collagen-400-unconfirmed', 'scar-collagen-pattern', 'scar-persistence', 'scar-elastin',
  'contraindications', 'side-effects', 'model-kinetics', 'model-migration', 'pih-timing', 'plan-exercise', 'plan-thresholds',
  'plan-aftercare', 'plan-sun',
  'striae-width', 'pores-no-outcome', 'model-condition-shape', 'model-condition-response', 'surface-condition-spread', 'pmc4089350', 'pores-drivers',
  'model-striae-red',
] as const satisfies readonly SourceId[];
const citations = Object.fromEntries(DESCRIBED_CITATION_IDS.map((id) => [id, source(id).citation])) as Record<(typeof DESCRIBED_CITATION_IDS)[number], string>;
/** The model's own reason for a transition: the expert text, in English. */
const reason = (id: string): string => TRANSITIONS.find((t) => t.id === id)?.reason ?? '';

export const explain = {
  stages: {
    hemostasis: 'Clotting',
    inflammation: 'Inflammation',
    'prolonged-inflammation': 'Inflamed longer',
    proliferation: 'Rebuilding',
    remodeling: 'Remodelling',
    resolved: 'Healed, no scar',
    'scar-normotrophic': 'Flat scar',
    'scar-hypertrophic': 'Raised scar',
    'scar-atrophic': 'Pitted scar',
    'scar-keloid': 'Keloid',
  },
  describe: {
    // `where` is left out when the scenario's name already says the place (`place` is in it).
    block: '{{scenario}}, {{where}}: {{stage}}.',
    blockNamedPlace: '{{scenario}}: {{stage}}.',
    place: { face: 'cheek', forehead: 'forehead', forearm: 'forearm', back: 'back', palm: 'palm' },
    where: { face: 'on the cheek', forehead: 'on the forehead', forearm: 'on the forearm', back: 'on the back', palm: 'on the palm' },
    beside: 'Beside it, {{block}}',
    stage: {
      hemostasis: 'Bleeding stops as platelets form a clot',
      inflammation: 'The area is red and immune cells clean the wound',
      'prolonged-inflammation': 'The wound stays red and sore for longer than it should',
      proliferation: 'New collagen is laid, new vessels grow and the surface closes',
      remodeling: 'The new collagen is sorted and made stronger',
      resolved: 'The skin is back to normal with no scar',
      'scar-normotrophic': 'A flat scar with straight bands of collagen has formed',
      'scar-hypertrophic': 'A raised scar has formed inside the wound',
      'scar-atrophic': 'A pitted scar has formed where collagen was lost',
      'scar-keloid': 'A keloid scar is growing past the edges of the wound',
    },
  },
  now: {
    hemostasis: {
      plain: 'The skin has just been hurt. Tiny blood cells called platelets stick together and make a clot. The clot stops the bleeding and seals the gap. It also sends out signals that call in help.',
      expert: 'Hemostasis: platelets aggregate and a fibrin plug fills the wound. They release PDGF and TGF-β, which recruit neutrophils, macrophages and fibroblasts. Lasts seconds to hours.',
    },
    inflammation: {
      plain: 'The body sends cells to clean the wound. First come white blood cells that kill germs. Then bigger cells eat the broken bits and call in the builders. More blood flows in, so the skin looks red and warm. This is normal, and it helps healing.',
      expert: 'Inflammation: neutrophils peak at 24–48 h; macrophages take over by 48–72 h (peak about day 3–5), clear debris and switch to a repair phenotype that releases growth factors. Perfusion and erythema rise. After micro-injury it is brief and low-grade.',
    },
    'prolonged-inflammation': {
      plain: 'The wound is still red and sore after a week. Cleaning cells keep coming. When this goes on too long, the cells that make scars stay busy. So a scar is more likely.',
      expert: 'Prolonged inflammation: neutrophils stay above 20% of their peak after day 7. Persistent inflammation and TGF-β1 keep myofibroblasts active, which drives fibrosis and scarring.',
    },
    proliferation: {
      plain: 'Now the wound is being rebuilt. Cells called fibroblasts lay down collagen. Collagen is the thread that makes skin strong. New tiny blood vessels grow in. New skin cells crawl over the top and close the surface.',
      expert: 'Proliferation (about day 3 to week 3): fibroblasts deposit matrix, collagen III first; VEGF drives angiogenesis; keratinocytes migrate and re-epithelialise the surface; myofibroblasts contract the wound.',
    },
    remodeling: {
      plain: 'The wound is closed, but the work goes on for months. The new collagen is sorted and made stronger. The quick, weak kind is swapped for the strong kind. The redness fades slowly.',
      expert: 'Remodeling: collagen III is replaced by collagen I and cross-linked while matrix metalloproteinases turn the matrix over. Tensile strength follows a sigmoid to about 80% of unwounded skin (about 50% at 3 months).',
    },
    resolved: {
      plain: 'The skin has healed with no scar. The collagen is back in its normal woven pattern, and the redness is gone. Small wounds, like the tiny holes from a needle pen, often heal this way.',
      expert: 'Resolved: surface closed, erythema below 0.05, at least 80% collagen I in basket-weave (alignment below 0.3), elastin restored, no visible lesion. Micro-wounds under 500 µm wide re-epithelialise in 10–28 h.',
    },
    'scar-normotrophic': {
      plain: 'A flat scar has formed. The new collagen lies in straight bands, side by side, not in a woven net. The scar is level with the skin. Over time it often fades to a pale line.',
      expert: 'Normotrophic scar: collagen bundles run parallel to the surface (alignment above 0.5), elevation within ±0.1 mm, few and fragmented elastic fibres. Strength plateaus near 80% of unwounded skin.',
    },
    'scar-hypertrophic': {
      plain: 'A raised scar has formed. Too much collagen was made, so the scar is thick and sits above the skin. It stays inside the edges of the wound. It may grow for a few months, then flatten slowly over years.',
      expert: 'Hypertrophic scar: raised more than 0.1 mm within the wound margins; richer in collagen III than a normal scar. Appears at 4–8 weeks, grows up to 6 months, regresses over years; 40–70% after surgery, up to 91% after burns.',
    },
    'scar-atrophic': {
      plain: 'A pitted scar has formed. Some collagen was lost and not all of it came back. So the surface sinks below the skin around it. Most acne scars are this kind.',
      expert: 'Atrophic scar: net matrix loss; the surface lies more than 0.05 mm below the surrounding skin. 80–90% of acne scars are atrophic (boxcar scars 1.5–4 mm wide).',
    },
    'scar-keloid': {
      plain: 'A keloid has formed. This scar keeps growing past the edges of the first wound. It is made of thick, shiny collagen. Keloids do not shrink on their own, and they often run in families.',
      expert: 'Keloid: the lesion extends beyond the original wound margins (extent above 1.05) and does not regress; thick, glassy, disorganised collagen with a rising share of collagen I. Incidence 6–16% in African populations.',
    },
  },
  outcomes: {
    resolved: {
      plain: 'Where it is going: the model expects this skin to heal with no scar. The wound is small, so cells can fill it before a scar forms.',
      expert: 'Predicted outcome: resolution. The scar drive stays below the threshold: shallow or narrow injury (a cut scars only deeper than about 0.56 mm, a third of the skin) and brief inflammation.',
    },
    normotrophic: {
      plain: 'Where it is going: the model expects a flat scar. The wound goes deep into the skin, so it is filled with a patch of new, straight collagen.',
      expert: 'Predicted outcome: normotrophic scar. The injury passes the depth threshold for scarring (0.56 ± 0.03 mm in a cut), so fibrosis leaves aligned collagen without raised or pitted contour.',
    },
    hypertrophic: {
      plain: 'Where it is going: the model expects a raised scar. The wound is big or stays red and sore a long time, so cells keep making too much collagen.',
      expert: 'Predicted outcome: hypertrophic scar. A high scar drive (large or deep wound, slow closure, prolonged inflammation) keeps myofibroblasts active and collagen III high.',
    },
    atrophic: {
      plain: 'Where it is going: the model expects a pitted scar. Collagen was lost, and the body does not make enough new collagen to fill the gap.',
      expert: 'Predicted outcome: atrophic scar. Matrix loss outweighs new deposition, so the surface ends below the surrounding skin.',
    },
    keloid: {
      plain: 'Where it is going: the model expects a keloid. This skin tends to form keloids, so the scar may grow past the wound.',
      expert: 'Predicted outcome: keloid. Keloid-prone tissue with a scar drive above the threshold: collagen synthesis continues past the wound margins and does not regress.',
    },
  },
  transitions: {
    start: {
      plain: 'The wound was just made. Bleeding stops as platelets plug it.',
      expert: 'wound made: bleeding stops as platelets plug it',
    },
    'clot-formed': {
      plain: 'The clot is in place, and white blood cells are arriving.',
      expert: reason('clot-formed'),
    },
    'inflammation-persists': {
      plain: 'It is still red and sore after a week.',
      expert: reason('inflammation-persists'),
    },
    'neutrophils-fell': {
      plain: 'Most of the cleaning cells have left, so the builders take over.',
      expert: reason('neutrophils-fell'),
    },
    'inflammation-cleared': {
      plain: 'The redness and swelling have finally calmed down.',
      expert: reason('inflammation-cleared'),
    },
    'matrix-laid': {
      plain: 'The surface has closed, and there is now more of the strong collagen than the quick kind.',
      expert: reason('matrix-laid'),
    },
    spreads: {
      plain: 'The scar grew past the edges of the wound.',
      expert: reason('spreads'),
    },
    raised: {
      plain: 'The scar rose above the skin but stayed inside the wound.',
      expert: reason('raised'),
    },
    pitted: {
      plain: 'Collagen was lost, so the surface sank.',
      expert: reason('pitted'),
    },
    'flat-scar': {
      plain: 'After 12 weeks the new collagen lies in straight bands. That makes a flat scar.',
      expert: reason('flat-scar'),
    },
    restored: {
      plain: 'The skin is back to normal. It is closed and not red, and its collagen is woven again.',
      expert: reason('restored'),
    },
  },
  // A condition's course once the needle channels have healed (the model's healedWording): the
  // condition is still there, improved or barely changed. A scar is never "gone". Where a name does
  // not fit the timeline's last band, its short form does.
  healed: {
    name: {
      'scar-improved': 'Scar improved',
      'scar-little-changed': 'Scar little changed',
      'stretch-mark-improved': 'Mark improved',
      'stretch-mark-little-changed': 'Mark little changed',
      'fine-lines-improved': 'Line shallower',
      'fine-lines-little-changed': 'Line little changed',
      'pores-improved': 'Pores smaller',
      'pores-little-changed': 'Pores little changed',
    },
    // Where the full name does not fit the timeline's last band (its tooltip keeps the full name).
    short: {
      'scar-improved': 'Improved',
      'scar-little-changed': 'Little change',
      'stretch-mark-improved': 'Improved',
      'stretch-mark-little-changed': 'Little change',
      'fine-lines-improved': 'Shallower',
      'fine-lines-little-changed': 'Little change',
      'pores-improved': 'Smaller',
      'pores-little-changed': 'Little change',
    },
    describe: {
      'scar-improved': 'The needle holes have healed, and the scar is shallower but still there',
      'scar-little-changed': 'The needle holes have healed, and the scar has changed only a little',
      'stretch-mark-improved': 'The needle holes have healed, and the stretch mark looks better but is still there',
      'stretch-mark-little-changed': 'The needle holes have healed, and the stretch mark has changed only a little',
      'fine-lines-improved': 'The needle holes have healed, and the line is shallower but still there',
      'fine-lines-little-changed': 'The needle holes have healed, and the line has changed only a little',
      'pores-improved': 'The needle holes have healed, and the pores are a little smaller',
      'pores-little-changed': 'The needle holes have healed, and the pores have changed only a little',
    },
    now: {
      'acne-scar': {
        plain: 'The tiny holes from the needles have healed. The acne scar is still there. Needling can make a scar shallower, but it does not take it away. New collagen keeps growing under it for months.',
        expert: 'Channels resolved: closed, no erythema, collagen round them back in basket-weave. The atrophic scar persists: the model refills a share of its lost volume from the course’s dermal collagen gain (the measure below); the scar tissue itself stays.',
      },
      'stretch-mark': {
        plain: 'The tiny holes from the needles have healed. The stretch mark is still there. A course can make it thicker and less pale, but it does not go away.',
        expert: 'Channels resolved. The stria, a dermal scar, persists: its thin parallel collagen is partly replaced by thicker, less parallel bundles; its broken elastin does not recover in the model.',
      },
      'fine-lines': {
        plain: 'The tiny holes from the needles have healed. The fine line is still there, but new collagen under it makes it less deep.',
        expert: 'Channels resolved. The furrow grows shallower as papillary collagen is rebuilt; the clumped elastotic material under the junction does not change in the model.',
      },
      pores: {
        plain: 'The tiny holes from the needles have healed. The pores are still there. The skin around them may be a bit firmer, but no study has measured pore size after needling.',
        expert: 'Channels resolved. The model narrows the pore only through a firmer dermal collar round the follicle; the follicle and its sebum do not change, and no controlled study has measured pore size.',
      },
    },
    why: {
      'acne-scar': 'The needle holes closed and the redness went. The scar stays, but new collagen has filled part of it.',
      'stretch-mark': 'The needle holes closed and the redness went. The stretch mark stays, but new collagen has made it firmer.',
      'fine-lines': 'The needle holes closed and the redness went. New collagen has filled part of the line.',
      pores: 'The needle holes closed and the redness went. The pores stay about the same.',
    },
    whyExpert: 'channels restored: closed, erythema below 0.05, collagen I back in basket-weave round the channels. The treated condition is scored on its own scale (below), not by this stage.',
    outcome: {
      'acne-scar': 'Where it is going: the needle holes heal without a new scar. The acne scar gets better over the course, but it stays.',
      'stretch-mark': 'Where it is going: the needle holes heal without a new scar. The stretch mark gets better over the course, but it stays.',
      'fine-lines': 'Where it is going: the needle holes heal without a new scar. The line gets less deep over the course.',
      pores: 'Where it is going: the needle holes heal without a new scar. The pores may change a little, but no study has measured it.',
    },
    outcomeExpert: 'Predicted outcome for the channels: resolution (scar drive below the threshold). The condition itself is not resolved: its measure, the published range and the caveats are below.',
  },
  panel: {
    title: 'What is happening',
    expert: 'Expert detail',
    now: 'Now: {{stage}}',
    since: 'Time since the last wound: {{time}}',
    why: 'Why it moved on: {{reason}}',
    numbers: 'The model’s numbers now',
    sources: 'Sources: {{ids}}',
  },
  condition: {
    title: 'What the course changes',
    values: '{{measure}}: {{before}} before treatment, {{now}} now, {{end}} a year after the last session (the model’s estimate).',
    published: 'Studies of a similar course reported a change of {{low}} to {{high}} {{unit}}.',
    unmeasured: 'No controlled study has measured this after microneedling. The number here is only the model’s assumption.',
    evidence: 'Evidence {{tag}} ({{meaning}}). Sources: {{ids}}',
    caveat: 'These studies were small. Most had no control group, and the people judging the results often knew who was treated. Results vary a lot from person to person.',
    icepick: 'Ice-pick scars change the least: they are narrow, deep tracks lined with skin, and new collagen around them cannot lift their opening. Clinics often add other treatments for them.',
    tethers: 'The bands that tie a rolling scar down are not cut by the needles. A procedure called subcision can free them.',
    redStriae: 'A new, red stretch mark: its colour comes from widened blood vessels under it. No study gave a number for red stretch marks alone. In one study they improved more than white ones, so the range above is the one reported for stretch marks in general, and the model’s sizes for the vessels are assumptions.',
    measure: {
      goodmanBaronGrade: 'Acne scar grade (Goodman & Baron, 1 to 4)',
      lemperleGrade: 'Wrinkle grade (Lemperle, 0 to 5)',
      improvementPct: 'Improvement of the stretch mark (%)',
      poreDiameterUm: 'Pore opening (µm)',
    },
    unit: {
      goodmanBaronGrade: 'grades',
      lemperleGrade: 'grades',
      improvementPct: '%',
      poreDiameterUm: 'µm',
    },
  },
  numbers: {
    neutrophils: 'Neutrophils (1 = peak of a reference cut)',
    macrophages: 'Macrophages (1 = peak of a reference cut)',
    fibroblasts: 'Fibroblasts (1 = peak of a reference cut)',
    perfusion: 'Perfusion (× unwounded skin)',
    erythema: 'Redness (0–1)',
    closure: 'Surface closed',
    collagenI: 'Collagen I (× normal total collagen)',
    collagenIII: 'Collagen III (× normal total collagen)',
    collagenIShare: 'Type I share of collagen',
    alignment: 'Collagen alignment (0 basket-weave, 1 parallel)',
    strength: 'Strength (of unwounded skin)',
    elevationMm: 'Surface height (mm)',
  },
  diagram: {
    title: 'Stages',
    now: 'Now: {{stage}}',
    why: 'Why: {{reason}}',
    label: 'Healing stages, in the order this wound went through them: {{path}}. Now: {{stage}}.',
    then: ', then ',
  },
  sources: {
    button: 'Sources',
    title: 'Where the numbers come from',
    intro: 'Every number in the model comes from one of these sources. The tag in brackets says how solid it is:',
    tag: 'Evidence {{tag}}: {{meaning}}',
    caveat: 'Caveat: {{text}}',
    evidence: {
      V: 'read in the primary source',
      S: 'secondary or clinical pages only',
      M: 'common textbook value',
      'S/M': 'secondary pages or textbook value',
      'S?': 'not verified: a placeholder',
      D: 'derived here, or a model assumption',
    },
    items: sourceItems,
    caveats,
    citations,
  },
  about: {
    button: 'About',
    title: 'About Corium',
    what: 'Corium shows how skin heals after microneedling and after wounds that scar. It is a simple model built from published studies. It is for learning and for explaining, not for finding out what is wrong or planning anyone’s care.',
    talk: 'Real skin differs from person to person and from place to place on the body. Talk to a qualified clinician about your own skin, and about whether a treatment is right for you.',
    privacy: 'Corium runs entirely in your browser. It sends nothing anywhere and keeps no record of you.',
  },
  disclaimer: 'Corium is for learning. It is not medical advice.',
};
